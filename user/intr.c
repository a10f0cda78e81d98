/*
 * intr: how many times each interrupt vector was taken since boot, with
 * its name, in the manner of Linux's /proc/interrupts: the timer and the
 * other device lines (IRQ n), the exceptions programs caused, and the
 * system calls. Vectors never taken are left out; -a lists all 256.
 * Then how deep traps have nested on a kernel stack, the longest stretch
 * the kernel kept interrupts off (and where it began), and how much
 * deferred work ran after interrupts.
 */
#include <kestrel.h>
#include <stdio.h>
#include <string.h>

#define NVEC 256

static int print_stats(void)
{
	struct intrstat st;

	if (intrstat(&st, 0) < 0) {
		perror("intr: intrstat");
		return 1;
	}
	printf("deepest trap nesting: %u\n", st.max_nesting);
	printf("longest with interrupts off: %u TSC ticks, from %s\n",
	       st.off_longest, st.off_where);
	printf("deferred work run: %u\n", st.ndeferred);
	return 0;
}

int main(int argc, char *argv[])
{
	int all = argc > 1 && strcmp(argv[1], "-a") == 0;
	struct intrinfo ii;

	printf("vec  irq  %10s  name\n", "count");
	for (int v = 0; v < NVEC; v++) {
		if (intrinfo(v, &ii) < 0) {
			perror("intr: intrinfo");
			return 1;
		}
		if (ii.count == 0 && !all)
			continue;
		printf("%3d  ", v);
		if (ii.irq >= 0)
			printf("%3d", (int)ii.irq);
		else
			printf("  -");
		printf("  %10u  %s", ii.count, ii.name);
		if (ii.spurious)
			printf(" (%u spurious)", ii.spurious);
		printf("\n");
	}
	return print_stats();
}
