/*
 * Time: the tick counter driven by the PIT at timer_hz, from the hz=
 * command-line option, and the wall clock: the RTC's time at boot plus
 * the ticks since. Sleeping and scheduling use ticks; pit.c owns the
 * hardware, rtc.c the calendar clock, and the scheduler (proc_tick) the
 * time slice.
 */
#include "defs.h"
#include "kestrel/signal.h"
#include "mmu.h"
#include "param.h"
#include "trapframe.h"
#include "traps.h"

volatile uint32_t ticks;
uint32_t timer_hz = HZ_DEFAULT;
static uint32_t boot_epoch; /* Unix time at the tick count 0 */

/* Top half: wakes the sleepers (usleep) and fires the alarm timers. */
static void timer_work(void)
{
	wakeup((void *)&ticks);
	sig_timers_tick();
}

static struct deferred timer_deferred = {timer_work, "timer", 0, NULL};

/*
 * The bottom half, masked: counts the tick and charges it to the running
 * process (which may end its time slice); the wakeups are deferred.
 */
static void timer_intr(struct trapframe *tf)
{
	ticks++;
	proc_tick((tf->cs & 3) == RPL_USER);
	defer_schedule(&timer_deferred);
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
	boot_epoch = rtc_unix_time();
	pit_init(timer_hz);
	irq_register(IRQ_TIMER, timer_intr, "timer");
	kprintf("timer: PIT at %u Hz\n", timer_hz);
}

/*
 * Reads a clock: CLOCK_MONOTONIC counts from boot, CLOCK_REALTIME from
 * 1970 (UTC), both to the resolution of a tick. Returns 0, or -1 for a
 * clock that does not exist.
 */
int timer_clock(int clk, uint32_t *sec, uint32_t *nsec)
{
	uint32_t t = ticks;

	if (clk != CLOCK_REALTIME && clk != CLOCK_MONOTONIC)
		return -1;
	*sec = t / timer_hz + (clk == CLOCK_REALTIME ? boot_epoch : 0);
	*nsec = t % timer_hz * (1000000000u / timer_hz);
	return 0;
}
