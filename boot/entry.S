/*
 * Multiboot entry. The boot loader jumps to _start in 32-bit protected mode
 * with paging off; we turn on paging with 4 MiB pages so that the kernel,
 * linked at KERNBASE + 1 MiB, runs at its link address, then call kmain.
 */
#include "memlayout.h"
#include "mmu.h"
#include "multiboot.h"

#define MB_FLAGS (MB_HF_PAGE_ALIGN | MB_HF_MEMINFO)

	.section .multiboot, "a"
	.p2align 2
	.long MB_HEADER_MAGIC
	.long MB_FLAGS
	.long -(MB_HEADER_MAGIC + MB_FLAGS)

/*
 * The entry code is linked at its physical address (section .boot), since
 * paging is still off when the loader jumps here; both GRUB and QEMU's
 * -kernel loader then agree on the ELF entry point.
 */
	.section .boot, "ax"
	.globl entry
entry:
	cli
	/* Keep the loader's magic and info pointer in callee-saved registers. */
	movl %eax, %esi
	movl %ebx, %edi
	/* The time-stamp counter at the kernel's first instructions, for
	   /bin/bench (intrstat): paging is off, so store at the physical
	   address. */
	rdtsc
	movl %eax, V2P_WO(boot_tsc_entry)
	movl %edx, V2P_WO(boot_tsc_entry) + 4

	/* 4 MiB pages, the boot page directory, then paging and write-protect. */
	movl %cr4, %eax
	orl $CR4_PSE, %eax
	movl %eax, %cr4
	movl $V2P_WO(boot_pgdir), %eax
	movl %eax, %cr3
	movl %cr0, %eax
	orl $(CR0_PG | CR0_WP), %eax
	movl %eax, %cr0

	/* Jump to the high half, onto the boot stack. */
	movl $boot_stack_top, %esp
	movl $high, %eax
	jmp *%eax

	.text
high:
	/* A zero frame pointer ends the backtrace here. */
	xorl %ebp, %ebp
	pushl %edi /* mb_info (physical) */
	pushl %esi /* loader magic */
	call kmain
1:
	cli
	hlt
	jmp 1b

/*
 * The boot page directory: the first 4 MiB mapped at 0 (needed for the
 * instructions between enabling paging and the jump; kmain removes it) and
 * physical [0, PHYSTOP) at KERNBASE, all with 4 MiB pages, ring 0 only.
 * The kernel keeps using it as its own page directory.
 */
	.data
	.p2align PGSHIFT
	.globl boot_pgdir
boot_pgdir:
	.long PTE_P | PTE_W | PTE_PS
	.fill (KERNBASE >> PDXSHIFT) - 1, 4, 0
	.set i, 0
	.rept PHYSTOP / BIGPGSIZE
	.long (i * BIGPGSIZE) | PTE_P | PTE_W | PTE_PS
	.set i, i + 1
	.endr
	.fill NPDENTRIES - (KERNBASE >> PDXSHIFT) - (PHYSTOP / BIGPGSIZE), 4, 0

/* Written before the loader's zeroed .bss could be relied on: in .data. */
	.p2align 3
	.globl boot_tsc_entry
boot_tsc_entry:
	.quad 0

	.bss
	.p2align PGSHIFT
	.globl boot_stack
boot_stack:
	.space 4 * PGSIZE
	.globl boot_stack_top
boot_stack_top:
