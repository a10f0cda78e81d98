/*
 * The 8253/8254 programmable interval timer: channel 0 as a rate
 * generator on IRQ 0. What a tick means is timer.c's business.
 */
#include "defs.h"
#include "x86.h"

#define PIT_CH0		 0x40
#define PIT_CMD		 0x43
#define PIT_FREQ	 1193182 /* input clock, Hz */
#define PIT_CMD_CH0_RATE 0x34	 /* channel 0, low then high byte, mode 2 */

/* Programs channel 0 to interrupt hz times a second (19..PIT_FREQ). */
void pit_init(uint32_t hz)
{
	uint32_t div = (PIT_FREQ + hz / 2) / hz;

	if (div > 0xffff)
		div = 0xffff;
	if (div < 1)
		div = 1;
	outb(PIT_CMD, PIT_CMD_CH0_RATE);
	outb(PIT_CH0, div & 0xff);
	outb(PIT_CH0, div >> 8);
}
