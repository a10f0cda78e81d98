/*
 * Time: the tick counter driven by the PIT at timer_hz, from the hz=
 * command-line option. Sleeping and scheduling use ticks; pit.c owns the
 * hardware.
 */
#include "defs.h"
#include "proc.h"
#include "trapframe.h"
#include "traps.h"

#define HZ_DEFAULT 100
#define HZ_MIN	   19 /* the PIT's 16-bit divisor cannot go slower */
#define HZ_MAX	   10000

volatile uint32_t ticks;
uint32_t timer_hz = HZ_DEFAULT;

static void timer_intr(struct trapframe *tf)
{
	ticks++;
	wakeup((void *)&ticks);
	/* Charge the tick to the process it interrupted, in ring 3. */
	if (curproc && (tf->cs & 3)) {
		curproc->ticks++;
		if (curproc->quantum > 0)
			curproc->quantum--;
	}
}

/* Reads hz=, programs the PIT and registers the tick handler. */
void timer_init(void)
{
	long hz = cmdline_int("hz", HZ_DEFAULT);

	if (hz < HZ_MIN || hz > HZ_MAX) {
		kprintf("timer: hz=%ld out of range %d..%d, using %d\n", hz,
			HZ_MIN, HZ_MAX, HZ_DEFAULT);
		hz = HZ_DEFAULT;
	}
	timer_hz = (uint32_t)hz;
	pit_init(timer_hz);
	irq_register(IRQ_TIMER, timer_intr, "timer");
	kprintf("timer: PIT at %u Hz\n", timer_hz);
}
