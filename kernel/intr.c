/*
 * Nesting-safe interrupt disabling: intr_push/intr_pop pairs may nest, and
 * interrupts come back on only when the outermost pop finds that they were
 * on at the outermost push. The state is global, not per process, so no
 * context switch may happen with a push outstanding (sched panics).
 */
#include "defs.h"
#include "mmu.h"
#include "x86.h"

static int intr_depth;	     /* pushes not yet popped */
static int intr_was_enabled; /* IF at the outermost push */
extern int panicking;

/* Disables interrupts, remembering whether they were on. */
void intr_push(void)
{
	uint32_t flags = read_eflags();

	cli();
	if (intr_depth++ == 0)
		intr_was_enabled = (flags & FL_IF) != 0;
}

/* Undoes one intr_push; re-enables interrupts after the outermost one. */
void intr_pop(void)
{
	if (panicking) {
		intr_depth = 0;
		return;
	}
	if (read_eflags() & FL_IF)
		panic("intr_pop: interrupts enabled inside a push");
	if (intr_depth < 1)
		panic("intr_pop: more pops than pushes");
	if (--intr_depth == 0 && intr_was_enabled)
		sti();
}

/* Returns the number of intr_push calls not yet popped. */
int intr_push_depth(void)
{
	return intr_depth;
}

/* Returns nonzero if the CPU takes interrupts right now. */
int intr_enabled(void)
{
	return (read_eflags() & FL_IF) != 0;
}
