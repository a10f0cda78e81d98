/*
 * The kernel's printf and snprintf, on top of the shared engine in fmt.c.
 * kprintf writes to the console (serial and screen) with interrupts off,
 * so that lines from an interrupt handler do not interleave mid-line.
 */
#include "defs.h"
#include "fmt.h"

static void cons_sink(int c, void *arg)
{
	(void)arg;
	console_putc(c);
}

/* Prints to the console; returns the number of characters. */
int kvprintf(const char *fmt, va_list ap)
{
	int n;

	intr_push();
	n = fmt_format(cons_sink, NULL, fmt, ap);
	intr_pop();
	return n;
}

int kprintf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = kvprintf(fmt, ap);
	va_end(ap);
	return n;
}

/* Formats into buf (always terminated if n > 0); returns the full length. */
int kvsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	return fmt_vsnprintf(buf, n, fmt, ap);
}

int ksnprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = kvsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return len;
}
