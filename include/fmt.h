/*
 * The printf engine shared by the kernel (kernel/printf.c) and the user C
 * library (user/lib/stdio.c): it formats into a caller-supplied sink. The
 * floating-point conversions exist only where FMT_FLOAT is defined (the
 * user build), which also supplies fmt_float (user/lib/fmtfloat.c).
 */
#ifndef FMT_H
#define FMT_H

#include <stdarg.h>
#include <stddef.h>

/* Receives one output character; arg is the caller's state. */
typedef void (*fmt_sink_t)(int c, void *arg);

/* The flags of a conversion specification. */
#define FMT_LEFT  0x01 /* '-': pad on the right */
#define FMT_PLUS  0x02 /* '+': a sign even on positive numbers */
#define FMT_SPACE 0x04 /* ' ': a space where the sign would be */
#define FMT_ALT	  0x08 /* '#': the alternate form */
#define FMT_ZERO  0x10 /* '0': pad numbers with zeros after the sign */

/* The length modifiers, FMT_LEN_NONE when there is none. */
enum fmt_len {
	FMT_LEN_NONE,
	FMT_LEN_HH,	 /* char */
	FMT_LEN_H,	 /* short */
	FMT_LEN_L,	 /* long (32 bits) */
	FMT_LEN_LL,	 /* long long (64 bits); also 'q' */
	FMT_LEN_J,	 /* intmax_t (64 bits) */
	FMT_LEN_Z,	 /* size_t (32 bits) */
	FMT_LEN_T,	 /* ptrdiff_t (32 bits) */
	FMT_LEN_LDOUBLE, /* 'L': long double (64 bits on integers) */
};

/* One conversion specification: %[flags][width][.precision][length]c. */
struct fmt_spec {
	unsigned flags;	  /* FMT_* flags */
	int width;	  /* minimum field width */
	int prec;	  /* precision, or -1 if none was given */
	enum fmt_len len; /* length modifier */
};

/*
 * Formats fmt with ap into sink. Knows every C99 flag, a width and a
 * precision (numbers or '*'), the length modifiers hh h l ll j z t L q,
 * and %d %i %u %o %x %X %c %s %p %n %%; with FMT_FLOAT also %f %F %e %E
 * %g %G %a %A. %p is "0x" and 8 hex digits. Unknown conversions are
 * printed as written. Returns the number of characters produced.
 */
int fmt_format(fmt_sink_t sink, void *arg, const char *fmt, va_list ap);

/*
 * Formats into buf, keeping at most n-1 characters and a NUL (if n > 0).
 * Returns the length the whole result would have had: vsnprintf's rule.
 */
int fmt_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);

#ifdef FMT_FLOAT
/* Room for the longest body fmt_float produces: %f of the smallest
 * subnormal double has 1074 digits after the point, of the smallest long
 * double it prints (2^-1139) 1139. */
#define FMT_FLOAT_BUF 1152

/*
 * A floating-point field, laid out by fmt_format: the sign, prefix, the
 * body, tzeros zeros, then suffix (the exponent).
 */
struct fmt_float_out {
	int neg;	    /* the value's sign bit was set */
	int finite;	    /* 0 for inf and nan: no zero padding */
	const char *prefix; /* "0x" for %a, else "" */
	int len;	    /* characters of the body in the caller's buffer */
	int tzeros;	    /* zeros after the body */
	char suffix[8];	    /* "e+05", "p-3", or "" */
};

/*
 * Takes the next argument from *ap (a double, or a long double with 'L')
 * and converts it for conversion c under sp into buf (FMT_FLOAT_BUF
 * bytes) and *out. Uses no floating-point instructions.
 */
void fmt_float(int c, const struct fmt_spec *sp, va_list *ap, char *buf,
	       struct fmt_float_out *out);
#endif

#endif
