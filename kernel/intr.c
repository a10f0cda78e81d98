/*
 * Interrupt masking, and how long it lasts. intr_push/intr_pop pairs may
 * nest; interrupts come back on only when the outermost pop finds that
 * they were on at the outermost push. The push state belongs to the
 * kernel stack that pushed: sched saves it with intr_save before a
 * context switch and puts it back with intr_restore after, so a process
 * may sleep inside a push and find it again when it wakes.
 *
 * Every stretch with interrupts off is measured in time-stamp-counter
 * ticks (one per guest instruction under QEMU's -icount): it begins at
 * trap entry (the CPU clears IF), at an outermost push or in the
 * scheduler, and ends where interrupts come back on. The longest is kept,
 * with the code address where it began, for /bin/intr. The one exception
 * is a system call's way in and out when nothing is due (syscall.c): a
 * few dozen instructions without a loop, too short to be the longest and
 * too frequent to be worth two rdtsc each.
 */
#include "defs.h"
#include "mmu.h"
#include "x86.h"

int intr_depth;	      /* pushes not yet popped */
int intr_was_enabled; /* IF at the outermost push */
extern int panicking;

/* A stretch is timed with the time-stamp counter's low 32 bits, which is
 * 4 s even at 1 GHz: the watchdog would have barked long before. */
static uint32_t off_since; /* when interrupts went off (odd), 0: they are on */
static uint32_t off_from;  /* the code address where they went off */
static uint32_t off_max;   /* the longest stretch so far */
static uint32_t off_max_from;

/* Notes that interrupts just went off at code address from. */
void intr_off_begin(uint32_t from)
{
	if (off_since == 0) {
		off_since = (uint32_t)rdtsc() | 1; /* never 0: one tick off */
		off_from = from;
	}
}

/* Notes that interrupts are about to come back on. */
void intr_off_end(void)
{
	uint32_t len;

	if (off_since == 0)
		return;
	len = (uint32_t)rdtsc() - off_since;
	if (len > off_max) {
		off_max = len;
		off_max_from = off_from;
	}
	off_since = 0;
}

/* Returns the longest stretch with interrupts off and where it began. */
uint64_t intr_off_longest(uint32_t *from, int reset)
{
	uint32_t m = off_max;

	*from = off_max_from;
	if (reset)
		off_max = off_max_from = 0;
	return m;
}

/* Disables interrupts, remembering whether they were on. */
void intr_push(void)
{
	uint32_t flags = read_eflags();

	cli();
	if (intr_depth++ == 0) {
		intr_was_enabled = (flags & FL_IF) != 0;
		if (intr_was_enabled)
			intr_off_begin((uint32_t)__builtin_return_address(0));
	}
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
	if (--intr_depth == 0 && intr_was_enabled) {
		intr_off_end();
		sti();
	}
}

/* Enables interrupts (after intr_off_end) outside any push. */
void intr_enable(void)
{
	if (intr_depth != 0)
		panic("intr_enable: %d pushes outstanding", intr_depth);
	intr_off_end();
	sti();
}

/* Disables interrupts outside any push, noting where. */
void intr_disable(void)
{
	cli();
	intr_off_begin((uint32_t)__builtin_return_address(0));
}

/* Returns nonzero if the CPU takes interrupts right now. */
int intr_enabled(void)
{
	return (read_eflags() & FL_IF) != 0;
}
