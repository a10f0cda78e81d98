/*
 * mem: prints the kernel's memory and process-table statistics, the
 * memory model, and how long the timer has been ticking.
 */
#include <kestrel.h>
#include <stdio.h>

int main(void)
{
	struct meminfo m;

	if (meminfo(&m) < 0) {
		perror("mem: meminfo");
		return 1;
	}
	printf("free frames:    %u of %u (%u KiB free)\n", m.free_frames,
	       m.total_frames, m.free_frames * 4);
	printf("largest run:    %u contiguous free frames\n", m.largest_free);
	printf("reserved:       %u of the free frames (copy on write, "
	       "stacks)\n",
	       m.reserved_frames);
	printf("process slots:  %u free of %u\n", m.nproc_free, m.nproc_max);
	printf("memory model:   %s\n",
	       m.mm == MM_SEGMENT ? "segment" : "paging");
	int ms = uptime();

	printf("timer:          %u Hz, up %d.%02d s\n", m.hz, ms / 1000,
	       ms % 1000 / 10);
	return 0;
}
