/*
 * The interrupt descriptor table: all 256 vectors lead to their stub in
 * the generated vectors.S (tools/vectors.py). Every gate is a ring-0 interrupt gate (IF cleared on entry)
 * except T_SYSCALL, the only one ring 3 may reach with int; an int on any
 * other vector from ring 3 raises #GP.
 */
#include "defs.h"
#include "mmu.h"
#include "traps.h"
#include "x86.h"

extern uint32_t vectors[NVECTORS]; /* vectors.S */
static struct gatedesc idt[NVECTORS];

static void set_gate(int vec, uint32_t handler, int dpl)
{
	idt[vec].off_lo = handler & 0xffff;
	idt[vec].sel = SEL_KCODE;
	idt[vec].zero = 0;
	idt[vec].type_attr = GATE_P | GATE_DPL(dpl) | GATE_INT32;
	idt[vec].off_hi = (handler >> 16) & 0xffff;
}

/* Builds and loads the IDT; interrupts must be off. */
void idt_init(void)
{
	struct pseudodesc r;

	for (int v = 0; v < NVECTORS; v++)
		set_gate(v, vectors[v], v == T_SYSCALL ? DPL_USER : DPL_KERNEL);
	r.limit = sizeof(idt) - 1;
	r.base = (uint32_t)idt;
	lidt(&r);
}

/* Makes vec a task gate to the TSS selected by sel (the double fault). */
void idt_set_task_gate(int vec, uint16_t sel)
{
	idt[vec].off_lo = 0;
	idt[vec].sel = sel;
	idt[vec].zero = 0;
	idt[vec].type_attr = GATE_P | GATE_DPL(DPL_KERNEL) | GATE_TASK;
	idt[vec].off_hi = 0;
}

/* Returns the DPL of vec's gate as the CPU sees it (from the loaded IDT). */
int idt_gate_dpl(int vec)
{
	struct pseudodesc r;
	struct gatedesc *g;

	sidt(&r);
	g = (struct gatedesc *)r.base + vec;
	return (g->type_attr >> 5) & 3;
}

/* Returns nonzero if vec's gate is present in the loaded IDT. */
int idt_gate_present(int vec)
{
	struct pseudodesc r;
	struct gatedesc *g;

	sidt(&r);
	g = (struct gatedesc *)r.base + vec;
	return (g->type_attr & GATE_P) != 0;
}
