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

/* Loads the GDT and the task register; interrupts must be off. */
void gdt_init(void)
{
	struct gdtr r;

	gdt_set(GDT_KCODE, 0, 0xffffffff,
		SEG_P | SEG_DPL(0) | SEG_S | SEG_CODE);
	gdt_set(GDT_KDATA, 0, 0xffffffff,
		SEG_P | SEG_DPL(0) | SEG_S | SEG_DATA);
	gdt_set(GDT_UCODE, 0, 0xffffffff,
		SEG_P | SEG_DPL(3) | SEG_S | SEG_CODE);
	gdt_set(GDT_UDATA, 0, 0xffffffff,
		SEG_P | SEG_DPL(3) | SEG_S | SEG_DATA);

	tss.ss0 = SEL_KDATA;
	tss.iomb =
		sizeof(tss); /* no I/O bitmap: every port is closed to ring 3 */
	gdt_set(GDT_TSS, (uint32_t)&tss, sizeof(tss) - 1,
		SEG_P | SEG_DPL(0) | SEG_TSS32);
	/* A TSS descriptor is byte-granular and has no D/B bit. */
	gdt[GDT_TSS].flags_limit_hi &= 0x0f;

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

/* A TSS descriptor is byte-granular and has no D/B bit. */
void gdt_fix_tss(int slot)
{
	gdt[slot].flags_limit_hi &= 0x0f;
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
