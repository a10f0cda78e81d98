/*
 * Kernel stacks with guard pages. Each process-table slot owns a fixed
 * window of kernel virtual memory at KSTACK_BASE: one unmapped guard page,
 * then the stack. A kernel stack that runs into its guard page faults; the
 * CPU cannot push that fault's frame either, and escalates to a double
 * fault, which trap.c reports on a stack of its own (kstack_guard_slot
 * tells it whose stack overflowed).
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"
#include "param.h"
#include "vm.h"
#include "x86.h"

#define KSTACK_SLOT ((KSTACK_PAGES + 1) * PGSIZE) /* guard + stack */
#define NSLOTS	    (NPROC + 1) /* the last slot is for selftest=kstack */

static pte_t *kstack_pt;

_Static_assert((NSLOTS) * (KSTACK_SLOT) <= KSTACK_END - KSTACK_BASE,
	       "kernel stacks fit their 4 MiB window");

/* Maps a fresh kernel stack in slot's window; returns its lowest address. */
uint8_t *kstack_alloc(int slot)
{
	uint32_t va = KSTACK_BASE + (uint32_t)slot * KSTACK_SLOT + PGSIZE;
	void *pages[KSTACK_PAGES];

	if (slot < 0 || slot >= NSLOTS)
		panic("kstack_alloc: bad slot %d", slot);
	for (int i = 0; i < KSTACK_PAGES; i++) {
		/* Not zeroed: the kernel writes a stack before reading it,
		 * and nothing of it reaches user space. */
		if ((pages[i] = kalloc_nozero()) == NULL) {
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
int kstack_guard_slot(uint32_t addr)
{
	uint32_t off;

	if (addr < KSTACK_BASE || addr >= KSTACK_BASE + NSLOTS * KSTACK_SLOT)
		return -1;
	off = addr - KSTACK_BASE;
	return off % KSTACK_SLOT < PGSIZE ? (int)(off / KSTACK_SLOT) : -1;
}

/*
 * Sets up the stack windows' page table, shared by every address space
 * through the kernel's page directory; must run before the first process.
 */
void kstack_init(void)
{
	kstack_pt = kalloc();
	if (kstack_pt == NULL)
		panic("kstack_init: out of memory");
	boot_pgdir[PDX(KSTACK_BASE)] = V2P(kstack_pt) | PTE_P | PTE_W;
}
