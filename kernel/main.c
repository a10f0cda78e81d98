/*
 * kmain: the first C code. Brings the machine up in a fixed order, each
 * step printing what it did, then runs self-tests or idles.
 */
#include "defs.h"
#include "exec.h"
#include "file.h"
#include "fs.h"
#include "memlayout.h"
#include "mmu.h"
#include "multiboot.h"
#include "proc.h"
#include "param.h"
#include "vm.h"
#include "x86.h"

#define INIT_MAXARG    32 /* words of init= passed on to init */
#define KERNEL_NAME    "kestrel"
#define KERNEL_VERSION "0.1"

/* The time-stamp counter when init was ready to run: the end of the
 * kernel's part of boot, which began at boot_tsc_entry (entry.S). */
uint64_t boot_tsc_ready;

/* Finds the initrd: the first boot module. */
static void find_initrd(struct mb_info *mbi)
{
	struct mb_module *m;

	if (!(mbi->flags & MB_INFO_MODS) || mbi->mods_count == 0) {
		kprintf("initrd: none given (GRUB: module; QEMU: -initrd)\n");
		return;
	}
	m = P2V(mbi->mods_addr);
	if (m->end <= m->start || m->end > PHYSTOP) {
		kprintf("initrd: module at 0x%08x-0x%08x ignored\n", m->start,
			m->end);
		return;
	}
	initrd_init(m->start, m->end);
}

/*
 * Splits line into words at spaces, in place; "double quotes" group words
 * and are removed. Returns the number of words stored in argv (at most max).
 */
static int split_words(char *line, char **argv, int max)
{
	char *r = line, *w;
	int n = 0, quoted;

	while (*r && n < max) {
		while (*r == ' ')
			r++;
		if (*r == 0)
			break;
		argv[n++] = w = r;
		for (quoted = 0; *r && (quoted || *r != ' '); r++) {
			if (*r == '"')
				quoted = !quoted;
			else
				*w++ = *r;
		}
		if (*r)
			r++;
		*w = 0;
	}
	return n;
}

/*
 * Starts /bin/init with the words of init= as its arguments, or with
 * --login (it runs /bin/login on the console) unless login=no asks for
 * the shell at once.
 */
static void start_init(void)
{
	static char line[PGSIZE];
	static struct execargs ea;
	char *argv[INIT_MAXARG];
	int argc = 0;
	const char *prog = cmdline_get("init");
	const char *login = cmdline_get("login");

	args_init(&ea);
	if (prog) {
		strncpy_safe(line, prog, sizeof(line));
		argc = split_words(line, argv, INIT_MAXARG);
	} else if (login == NULL || strcmp(login, "no") != 0) {
		argv[argc++] = "--login";
	}
	if (args_add(&ea, "init", 0) < 0)
		panic("start_init: no memory for init's arguments");
	for (int i = 0; i < argc; i++)
		if (args_add(&ea, argv[i], 0) < 0)
			panic("start_init: no memory for init's arguments");
	proc_start_init(&ea);
	args_free(&ea);
}

/* With nothing to run: show that the timer ticks, then wait forever. */
static void idle_show_ticks(void)
{
	for (;;) {
		uint32_t t = ticks;
		sti_hlt();
		if (ticks / timer_hz != t / timer_hz && ticks / timer_hz <= 3)
			kprintf("timer: %u ticks\n", ticks);
	}
}

/* Called from boot/entry.S with the loader's magic and info pointer. */
void kmain(uint32_t magic, uint32_t mbi_pa)
{
	struct mb_info *mbi = P2V(mbi_pa);
	const char *cmd = "";
	const char *st;

	serial_init();
	vga_init();
	kprintf("%s %s (i386) booting\n", KERNEL_NAME, KERNEL_VERSION);
	if (magic != MB_BOOT_MAGIC)
		panic("kmain: not started by a multiboot loader (eax 0x%08x)",
		      magic);
	/* The low identity mapping was only for the jump in entry.S. */
	boot_pgdir[0] = 0;
	write_cr3(V2P(boot_pgdir));

	if (mbi->flags & MB_INFO_CMDLINE)
		cmd = P2V(mbi->cmdline);
	kprintf("cmdline: '%s'\n", cmd);
	cmdline_parse(cmd);

	gdt_init();
	idt_init();
	fpu_init();
	pic_init();
	mem_init(mbi);
	find_initrd(mbi);
	vm_init();
	kstack_init();
	trap_init_double_fault();
	timer_init();
	watchdog_init();
	console_init();
	ide_init();
	bio_init();

	if (cmdline_has("bench"))
		idt_open_bench_gate();

	st = cmdline_get("selftest");
	if (st)
		selftest_run(st);

	/* The disk and init's first reads wait for disk interrupts. */
	intr_enable();
	if (ext2_mount() == 0)
		kprintf("root: the disk (ext2)\n");
	if (!ext2_mounted() && initrd_lookup("/bin/init") == NULL) {
		kprintf("kernel: boot complete, no /bin/init: idle "
			"(ticks count at %u Hz)\n",
			timer_hz);
		idle_show_ticks();
	}
	start_init();
	kprintf("kernel: boot complete, starting /bin/init\n");
	intr_disable(); /* the scheduler expects them off */
	boot_tsc_ready = rdtsc();
	scheduler();
}
