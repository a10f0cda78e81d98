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
	cons_putc(c);
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

struct bufout {
	char *buf;
	size_t size;
	size_t len;
};

static void buf_sink(int c, void *arg)
{
	struct bufout *b = arg;

	if (b->len + 1 < b->size)
		b->buf[b->len] = (char)c;
	b->len++;
}

/* Formats into buf (always terminated if n > 0); returns the full length. */
int kvsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	struct bufout b = {buf, n, 0};
	int len;

	len = fmt_format(buf_sink, &b, fmt, ap);
	if (n > 0)
		buf[b.len < n ? b.len : n - 1] = 0;
	return len;
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
