/*
 * Kernel stacks with guard pages, and the double-fault task that reports
 * an overflow. Each process-table slot owns a fixed window of kernel
 * virtual memory at KSTACK_BASE: one unmapped guard page, then the stack.
 * A kernel stack that runs into its guard page faults; the CPU cannot
 * push that fault's frame either, and escalates to a double fault, which
 * a task gate sends to df_task on a stack of its own.
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"
#include "proc.h"
#include "traps.h"
#include "x86.h"

#define KSTACK_SLOT   ((KSTACK_PAGES + 1) * PGSIZE) /* guard + stack */
#define NSLOTS	      (NPROC + 1) /* the last slot is for selftest=kstack */
#define DF_STACK_SIZE 4096

extern pde_t boot_pgdir[];
static pte_t *kstack_pt;
static struct tss df_tss;
static uint8_t df_stack[DF_STACK_SIZE] __attribute__((aligned(16)));

_Static_assert(NSLOTS *KSTACK_SLOT <= KSTACK_END - KSTACK_BASE,
	       "kernel stacks fit their 4 MiB window");

static void df_task(void) __attribute__((noreturn));

/* Maps a fresh kernel stack in slot's window; returns its lowest address. */
uint8_t *kstack_alloc(int slot)
{
	uint32_t va = KSTACK_BASE + (uint32_t)slot * KSTACK_SLOT + PGSIZE;
	void *pages[KSTACK_PAGES];

	for (int i = 0; i < KSTACK_PAGES; i++) {
		if ((pages[i] = kalloc()) == NULL) {
			while (i-- > 0)
				kfree(pages[i]);
			return NULL;
		}
	}
	for (int i = 0; i < KSTACK_PAGES; i++) {
		uint32_t a = va + (uint32_t)i * PGSIZE;
		kstack_pt[PTX(a)] = V2P(pages[i]) | PTE_P | PTE_W;
		invlpg(a);
	}
	return (uint8_t *)va;
}

/* Unmaps and frees the kernel stack at kstack (from kstack_alloc). */
void kstack_free(uint8_t *kstack)
{
	for (int i = 0; i < KSTACK_PAGES; i++) {
		uint32_t a = (uint32_t)kstack + (uint32_t)i * PGSIZE;
		kfree(P2V(PTE_ADDR(kstack_pt[PTX(a)])));
		kstack_pt[PTX(a)] = 0;
		invlpg(a);
	}
}

/* Returns the slot whose guard page holds addr, or -1. */
static int guard_slot(uint32_t addr)
{
	uint32_t off;

	if (addr < KSTACK_BASE || addr >= KSTACK_BASE + NSLOTS * KSTACK_SLOT)
		return -1;
	off = addr - KSTACK_BASE;
	return off % KSTACK_SLOT < PGSIZE ? (int)(off / KSTACK_SLOT) : -1;
}

/* The double-fault handler, entered by a task switch with a fresh stack. */
static void df_task(void)
{
	struct tss *t = tss_current();
	int slot = guard_slot(t->esp);

	kprintf("\nPANIC: double fault (vector %d)\n", T_DBLFLT);
	kprintf("  at eip 0x%08x, esp 0x%08x\n", t->eip, t->esp);
	if (slot >= 0 && slot < NPROC && proc_table[slot].state != UNUSED)
		kprintf("  kernel stack overflow: esp is in the guard page "
			"below pid %d (%s)'s kernel stack\n",
			proc_table[slot].pid, proc_table[slot].name);
	else if (slot >= 0)
		kprintf("  kernel stack overflow: esp is in the guard page "
			"below kernel stack slot %d\n",
			slot);
	kprintf("kernel halted\n");
	power_off(EXIT_PANIC);
}

/*
 * Sets up the stack windows' page table (shared by every address space)
 * and the double-fault task; must run before the first process exists.
 */
void kstack_init(void)
{
	kstack_pt = kalloc();
	if (kstack_pt == NULL)
		panic("kstack_init: out of memory");
	boot_pgdir[PDX(KSTACK_BASE)] = V2P(kstack_pt) | PTE_P | PTE_W;

	df_tss.eip = (uint32_t)df_task;
	df_tss.esp = df_tss.esp0 = (uint32_t)df_stack + DF_STACK_SIZE;
	df_tss.cs = SEL_KCODE;
	df_tss.ds = df_tss.es = df_tss.fs = df_tss.gs = SEL_KDATA;
	df_tss.ss = df_tss.ss0 = SEL_KDATA;
	df_tss.cr3 = V2P(boot_pgdir);
	df_tss.eflags = 0x2; /* reserved bit 1; interrupts off */
	df_tss.iomb = sizeof(df_tss);
	gdt_set(GDT_DFTSS, (uint32_t)&df_tss, sizeof(df_tss) - 1,
		SEG_P | SEG_DPL(0) | SEG_TSS32);
	gdt_fix_tss(GDT_DFTSS);
	idt_set_task_gate(T_DBLFLT, SEL_DFTSS);
}
