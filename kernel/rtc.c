/*
 * The CMOS real-time clock: read once at boot for the wall clock (timer.c
 * counts on from there), and as an independent reference for the timer
 * self-test, which counts the PIT's ticks against RTC seconds.
 */
#include "defs.h"
#include "x86.h"

#define CMOS_INDEX     0x70
#define CMOS_DATA      0x71
#define CMOS_NMI_OFF   0x80 /* keep NMIs disabled while we select a register */
#define RTC_SECONDS    0x00
#define RTC_MINUTES    0x02
#define RTC_HOURS      0x04
#define RTC_DAY	       0x07
#define RTC_MONTH      0x08
#define RTC_YEAR       0x09 /* two digits: the years 2000-2099 assumed */
#define RTC_HOUR_PM    0x80 /* in 12-hour mode */
#define RTC_STATUS_A   0x0a
#define RTC_STATUS_B   0x0b
#define RTC_A_UPDATING 0x80
#define RTC_B_BINARY   0x04
#define RTC_B_24HOUR   0x02

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

static int from_bcd(uint8_t v, int binary)
{
	return binary ? v : (v >> 4) * 10 + (v & 0x0f);
}

/* Days from 1970-01-01 to year-month-day (proleptic Gregorian). */
static uint32_t days_since_epoch(int year, int month, int day)
{
	static const uint16_t before[12] = {0,	 31,  59,  90,	120, 151,
					    181, 212, 243, 273, 304, 334};
	uint32_t y = (uint32_t)year - 1970;
	/* Leap days in the years before `year`, from 1970 (1972 the first). */
	uint32_t leaps =
		(uint32_t)((year - 1 - 1968) / 4 - (year - 1 - 1900) / 100 +
			   (year - 1 - 1600) / 400);
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return y * 365 + leaps + before[month - 1] + (uint32_t)(day - 1) +
	       (leap && month > 2);
}

/*
 * Returns the RTC's date and time as seconds since 1970-01-01 00:00 UTC
 * (the RTC is taken to keep UTC, as QEMU's does by default). Reads until
 * two readings agree, so an update in between cannot tear the result.
 */
uint32_t rtc_unix_time(void)
{
	uint8_t r[6], again[6];
	static const uint8_t regs[6] = {RTC_SECONDS, RTC_MINUTES, RTC_HOURS,
					RTC_DAY,     RTC_MONTH,	  RTC_YEAR};
	int binary, hour;

	for (int tries = 0; tries < 8; tries++) {
		while (cmos_read(RTC_STATUS_A) & RTC_A_UPDATING)
			;
		for (int i = 0; i < 6; i++)
			r[i] = cmos_read(regs[i]);
		for (int i = 0; i < 6; i++)
			again[i] = cmos_read(regs[i]);
		if (memcmp(r, again, sizeof(r)) == 0)
			break;
	}
	binary = cmos_read(RTC_STATUS_B) & RTC_B_BINARY;
	hour = from_bcd(r[2] & ~RTC_HOUR_PM, binary);
	if (!(cmos_read(RTC_STATUS_B) & RTC_B_24HOUR)) {
		hour %= 12; /* 12 AM is midnight */
		if (r[2] & RTC_HOUR_PM)
			hour += 12;
	}
	return days_since_epoch(2000 + from_bcd(r[5], binary),
				from_bcd(r[4], binary),
				from_bcd(r[3], binary)) *
		       86400u +
	       (uint32_t)hour * 3600u + (uint32_t)from_bcd(r[1], binary) * 60u +
	       (uint32_t)from_bcd(r[0], binary);
}
