/*
 * The printf engine shared by the kernel (kernel/printf.c) and the user C
 * library (user/lib/stdio.c): it formats into a caller-supplied sink.
 */
#ifndef FMT_H
#define FMT_H

#include <stdarg.h>
#include <stddef.h>

/* Receives one output character; arg is the caller's state. */
typedef void (*fmt_sink_t)(int c, void *arg);

/*
 * Formats fmt with ap into sink. Knows %d %i %u %x %X %o %p %s %c %%, the
 * flags '-' and '0', a width and a precision (numbers or '*'), and the
 * 'l' and 'z' length modifiers (both 32 bits here). Returns the number of
 * characters produced.
 */
int fmt_format(fmt_sink_t sink, void *arg, const char *fmt, va_list ap);

/*
 * Formats into buf, keeping at most n-1 characters and a NUL (if n > 0).
 * Returns the length the whole result would have had: vsnprintf's rule.
 */
int fmt_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);

#endif
