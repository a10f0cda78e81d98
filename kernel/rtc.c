/*
 * The CMOS real-time clock, read only as an independent reference for the
 * timer self-test: the PIT's ticks are counted against RTC seconds.
 */
#include "defs.h"
#include "x86.h"

#define CMOS_INDEX     0x70
#define CMOS_DATA      0x71
#define CMOS_NMI_OFF   0x80 /* keep NMIs disabled while we select a register */
#define RTC_SECONDS    0x00
#define RTC_STATUS_A   0x0a
#define RTC_STATUS_B   0x0b
#define RTC_A_UPDATING 0x80
#define RTC_B_BINARY   0x04

static uint8_t cmos_read(uint8_t reg)
{
	outb(CMOS_INDEX, CMOS_NMI_OFF | reg);
	return inb(CMOS_DATA);
}

/* Returns the RTC's seconds field (0-59), waiting out an update. */
int rtc_seconds(void)
{
	uint8_t s;

	while (cmos_read(RTC_STATUS_A) & RTC_A_UPDATING)
		;
	s = cmos_read(RTC_SECONDS);
	if (!(cmos_read(RTC_STATUS_B) & RTC_B_BINARY))
		s = (uint8_t)((s >> 4) * 10 + (s & 0x0f));
	return s;
}
