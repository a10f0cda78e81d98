/*
 * kmain: the first C code. Brings the machine up in a fixed order, each
 * step printing what it did, then runs self-tests or idles.
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"
#include "multiboot.h"
#include "x86.h"

#define KERNEL_NAME    "kestrel"
#define KERNEL_VERSION "0.1"

extern pde_t boot_pgdir[];

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
	pic_init();
	mem_init(mbi);
	timer_init();

	st = cmdline_get("selftest");
	if (st)
		selftest_run(st);

	kprintf("kernel: boot complete, idle (ticks count at %u Hz)\n",
		timer_hz);
	for (;;) {
		uint32_t t = ticks;
		sti_hlt();
		if (ticks / timer_hz != t / timer_hz && ticks / timer_hz <= 3)
			kprintf("timer: %u ticks\n", ticks);
	}
}
