/*
 * The global descriptor table and the one task-state segment. Kernel and
 * user segments are flat here; the segmentation memory model rewrites the
 * two user slots with a process's base and bound on every switch.
 */
#include "defs.h"
#include "mmu.h"
#include "x86.h"

static struct segdesc gdt[GDT_NSLOTS];
static struct tss tss;

void gdt_reload_segments(void); /* segasm.S */

/* Fills slot with a descriptor of the given base, byte limit and access. */
void gdt_set(int slot, uint32_t base, uint32_t limit, uint8_t access)
{
	struct segdesc *d = &gdt[slot];
	uint8_t flags = SEG_DB;

	if (limit > 0xfffff) {
		flags |= SEG_G;
		limit >>= PGSHIFT;
	}
	d->limit_lo = limit & 0xffff;
	d->base_lo = base & 0xffff;
	d->base_mid = (base >> 16) & 0xff;
	d->access = access;
	d->flags_limit_hi = (uint8_t)((flags << 4) | ((limit >> 16) & 0xf));
	d->base_hi = (base >> 24) & 0xff;
}

/* Points slot at task-state segment t (a TSS descriptor). */
void gdt_set_tss(int slot, struct tss *t)
{
	gdt_set(slot, (uint32_t)t, sizeof(*t) - 1,
		SEG_P | SEG_DPL(DPL_KERNEL) | SEG_TSS32);
	/* A TSS descriptor is byte-granular and has no D/B bit. */
	gdt[slot].flags_limit_hi &= 0x0f;
}

/* Loads the GDT and the task register; interrupts must be off. */
void gdt_init(void)
{
	struct pseudodesc r;

	gdt_set(GDT_KCODE, 0, 0xffffffff,
		SEG_P | SEG_DPL(DPL_KERNEL) | SEG_S | SEG_CODE);
	gdt_set(GDT_KDATA, 0, 0xffffffff,
		SEG_P | SEG_DPL(DPL_KERNEL) | SEG_S | SEG_DATA);
	gdt_set(GDT_UCODE, 0, 0xffffffff,
		SEG_P | SEG_DPL(DPL_USER) | SEG_S | SEG_CODE);
	gdt_set(GDT_UDATA, 0, 0xffffffff,
		SEG_P | SEG_DPL(DPL_USER) | SEG_S | SEG_DATA);

	tss.ss0 = SEL_KDATA;
	/* No I/O bitmap (its offset is past the limit): every port is closed
	 * to ring 3. */
	tss.iomb = sizeof(tss);
	gdt_set_tss(GDT_TSS, &tss);

	r.limit = sizeof(gdt) - 1;
	r.base = (uint32_t)gdt;
	lgdt(&r);
	gdt_reload_segments();
	ltr(SEL_TSS);
	/*
	 * No LDT: the LDT register must not keep its power-on value (base 0),
	 * or a program could build descriptors, even a call gate into ring 0,
	 * in its own memory and use them.
	 */
	lldt(0);
}

/* Returns the main TSS, where a task switch saved the interrupted state. */
struct tss *tss_current(void)
{
	return &tss;
}

/* Sets the stack the CPU switches to on a trap from ring 3. */
void tss_set_esp0(uint32_t esp0)
{
	tss.esp0 = esp0;
}
