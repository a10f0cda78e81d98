/*
 * The printf formatting engine, free of kernel dependencies so that the
 * user C library compiles the same file. Output goes to a sink callback.
 * Integers, characters and strings are formatted here for both; the user
 * build (FMT_FLOAT) adds the floating-point conversions, whose digits come
 * from user/lib/fmtfloat.c, so the kernel never touches the FPU.
 */
#include "fmt.h"
#include <stddef.h>
#include <stdint.h>

struct out {
	fmt_sink_t sink;
	void *arg;
	int n;
};

static void emit(struct out *o, int c)
{
	o->sink(c, o->arg);
	o->n++;
}

static void pad(struct out *o, int c, int n)
{
	while (n-- > 0)
		emit(o, c);
}

static int length(const char *s)
{
	int n = 0;

	while (s[n])
		n++;
	return n;
}

/* Zeros that the '0' flag adds to a field of total characters. */
static int zero_fill(const struct fmt_spec *sp, int total)
{
	if ((sp->flags & (FMT_ZERO | FMT_LEFT)) != FMT_ZERO)
		return 0;
	return sp->width > total ? sp->width - total : 0;
}

/*
 * Lays out one field: prefix (a sign, "0x"), zeros, len bytes of body,
 * tzeros more zeros and suffix, padded with spaces to the width on the
 * left, or on the right with '-'.
 */
static void put_field(struct out *o, const struct fmt_spec *sp,
		      const char *prefix, int zeros, const char *body, int len,
		      int tzeros, const char *suffix)
{
	int total = length(prefix) + zeros + len + tzeros + length(suffix);

	if (!(sp->flags & FMT_LEFT))
		pad(o, ' ', sp->width - total);
	while (*prefix)
		emit(o, *prefix++);
	pad(o, '0', zeros);
	for (int i = 0; i < len; i++)
		emit(o, body[i]);
	pad(o, '0', tzeros);
	while (*suffix)
		emit(o, *suffix++);
	if (sp->flags & FMT_LEFT)
		pad(o, ' ', sp->width - total);
}

/* The sign a signed conversion shows for a value that is negative or not. */
static const char *sign_of(const struct fmt_spec *sp, int neg)
{
	if (neg)
		return "-";
	if (sp->flags & FMT_PLUS)
		return "+";
	if (sp->flags & FMT_SPACE)
		return " ";
	return "";
}

/*
 * Prints v in base (8, 10 or 16) after sign (or "0x" for %p), with C's rules: the
 * precision is a minimum number of digits (0 prints nothing for 0), '#'
 * makes octal start with 0 and puts 0x before nonzero hex, and '0' pads
 * with zeros only when there is no precision.
 */
static void put_int(struct out *o, const struct fmt_spec *sp, uint64_t v,
		    int base, int upper, const char *sign)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char buf[24], body[24];
	const char *prefix = sign;
	int len = 0, prec = sp->prec, zeros;

	if ((sp->flags & FMT_ALT) && base == 16 && v != 0)
		prefix = upper ? "0X" : "0x";
	for (; v > UINT32_MAX; v /= base)
		buf[len++] = digits[v % base];
	for (uint32_t w = (uint32_t)v; w != 0 || (len == 0 && prec != 0);
	     w /= base)
		buf[len++] = digits[w % base];
	for (int i = 0; i < len; i++)
		body[i] = buf[len - 1 - i];
	zeros = prec > len ? prec - len : 0;
	if (prec < 0)
		zeros = zero_fill(sp, length(prefix) + len);
	if ((sp->flags & FMT_ALT) && base == 8 && zeros == 0 &&
	    (len == 0 || body[0] != '0'))
		zeros = 1;
	put_field(o, sp, prefix, zeros, body, len, 0, "");
}

/* Prints a string field: at most prec bytes of s, padded to the width. */
static void put_str(struct out *o, const struct fmt_spec *sp, const char *s)
{
	int len = 0;

	if (s == NULL)
		s = "(null)";
	while ((sp->prec < 0 || len < sp->prec) && s[len])
		len++;
	put_field(o, sp, "", 0, s, len, 0, "");
}

/*
 * Prints a wide string (%ls) narrowed to bytes: a character above 0xff
 * becomes '?'. The precision counts bytes, as C says.
 */
static void put_wstr(struct out *o, const struct fmt_spec *sp,
		     const int32_t *ws)
{
	int len = 0;

	if (ws == NULL) {
		put_str(o, sp, NULL);
		return;
	}
	while ((sp->prec < 0 || len < sp->prec) && ws[len])
		len++;
	if (!(sp->flags & FMT_LEFT))
		pad(o, ' ', sp->width - len);
	for (int i = 0; i < len; i++)
		emit(o, ws[i] >= 0 && ws[i] <= 0xff ? ws[i] : '?');
	if (sp->flags & FMT_LEFT)
		pad(o, ' ', sp->width - len);
}

/* Reads a number of digits at *f; a '*' takes an int argument instead. */
static const char *parse_num(const char *f, int *n, va_list *ap)
{
	if (*f == '*') {
		*n = va_arg(*ap, int);
		return f + 1;
	}
	for (*n = 0; *f >= '0' && *f <= '9'; f++)
		*n = *n * 10 + (*f - '0');
	return f;
}

/* Reads a length modifier at f into sp; returns what follows it. */
static const char *parse_len(const char *f, struct fmt_spec *sp)
{
	sp->len = FMT_LEN_NONE;
	switch (*f) {
	case 'h':
		sp->len = f[1] == 'h' ? FMT_LEN_HH : FMT_LEN_H;
		return f + (f[1] == 'h' ? 2 : 1);
	case 'l':
		sp->len = f[1] == 'l' ? FMT_LEN_LL : FMT_LEN_L;
		return f + (f[1] == 'l' ? 2 : 1);
	case 'q':
		sp->len = FMT_LEN_LL;
		return f + 1;
	case 'j':
		sp->len = FMT_LEN_J;
		return f + 1;
	case 'z':
		sp->len = FMT_LEN_Z;
		return f + 1;
	case 't':
		sp->len = FMT_LEN_T;
		return f + 1;
	case 'L':
		sp->len = FMT_LEN_LDOUBLE;
		return f + 1;
	}
	return f;
}

/* Reads flags, width, precision and length at f; returns the conversion. */
static const char *parse_spec(const char *f, struct fmt_spec *sp, va_list *ap)
{
	static const char flag_chars[] = "-+ #0";
	static const unsigned flag_bits[] = {FMT_LEFT, FMT_PLUS, FMT_SPACE,
					     FMT_ALT, FMT_ZERO};
	int i;

	sp->flags = 0;
	for (;; f++) {
		for (i = 0; flag_chars[i] && flag_chars[i] != *f; i++)
			;
		if (flag_chars[i] == 0)
			break;
		sp->flags |= flag_bits[i];
	}
	f = parse_num(f, &sp->width, ap);
	if (sp->width < 0) {
		sp->flags |= FMT_LEFT;
		sp->width = -sp->width;
	}
	sp->prec = -1;
	if (*f == '.') {
		f = parse_num(f + 1, &sp->prec, ap);
		if (sp->prec < 0)
			sp->prec = -1;
	}
	return parse_len(f, sp);
}

/* Takes a signed integer argument of the size the length modifier says. */
static int64_t signed_arg(const struct fmt_spec *sp, va_list *ap)
{
	switch (sp->len) {
	case FMT_LEN_HH:
		return (signed char)va_arg(*ap, int);
	case FMT_LEN_H:
		return (short)va_arg(*ap, int);
	case FMT_LEN_LL:
	case FMT_LEN_J:
	case FMT_LEN_LDOUBLE:
		return va_arg(*ap, long long);
	case FMT_LEN_L:
	case FMT_LEN_Z:
	case FMT_LEN_T:
		return va_arg(*ap, long);
	default:
		return va_arg(*ap, int);
	}
}

/* Takes an unsigned integer argument of the size the modifier says. */
static uint64_t unsigned_arg(const struct fmt_spec *sp, va_list *ap)
{
	switch (sp->len) {
	case FMT_LEN_HH:
		return (unsigned char)va_arg(*ap, unsigned);
	case FMT_LEN_H:
		return (unsigned short)va_arg(*ap, unsigned);
	case FMT_LEN_LL:
	case FMT_LEN_J:
	case FMT_LEN_LDOUBLE:
		return va_arg(*ap, unsigned long long);
	case FMT_LEN_L:
	case FMT_LEN_Z:
	case FMT_LEN_T:
		return va_arg(*ap, unsigned long);
	default:
		return va_arg(*ap, unsigned);
	}
}

/* %n: stores the count so far through a pointer of the modifier's size. */
static void store_count(const struct fmt_spec *sp, va_list *ap, int n)
{
	switch (sp->len) {
	case FMT_LEN_HH:
		*va_arg(*ap, signed char *) = (signed char)n;
		break;
	case FMT_LEN_H:
		*va_arg(*ap, short *) = (short)n;
		break;
	case FMT_LEN_LL:
	case FMT_LEN_J:
		*va_arg(*ap, long long *) = n;
		break;
	default:
		*va_arg(*ap, int *) = n;
		break;
	}
}

#ifdef FMT_FLOAT
/* %f %e %g %a and their capitals: fmt_float makes the digits. */
static void put_float(struct out *o, int c, const struct fmt_spec *sp,
		      va_list *ap)
{
	char body[FMT_FLOAT_BUF];
	struct fmt_float_out f;
	char prefix[4];
	const char *sign;
	int plen, zeros = 0;

	fmt_float(c, sp, ap, body, &f);
	sign = sign_of(sp, f.neg);
	plen = length(sign);
	for (int i = 0; i < plen; i++)
		prefix[i] = sign[i];
	for (int i = 0; f.prefix[i]; i++)
		prefix[plen++] = f.prefix[i];
	prefix[plen] = 0;
	if (f.finite)
		zeros = zero_fill(sp,
				  plen + f.len + f.tzeros + length(f.suffix));
	put_field(o, sp, prefix, zeros, body, f.len, f.tzeros, f.suffix);
}
#endif

/* Performs conversion c; returns 0 if c is not a conversion we know. */
static int convert(struct out *o, int c, struct fmt_spec *sp, va_list *ap)
{
	int64_t d;
	char ch;

	switch (c) {
	case 'd':
	case 'i':
		d = signed_arg(sp, ap);
		put_int(o, sp, d < 0 ? -(uint64_t)d : (uint64_t)d, 10, 0,
			sign_of(sp, d < 0));
		return 1;
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		put_int(o, sp, unsigned_arg(sp, ap),
			c == 'u'   ? 10
			: c == 'o' ? 8
				   : 16,
			c == 'X', "");
		return 1;
	case 'p':
		if (sp->prec < 0)
			sp->prec = 8;
		put_int(o, sp, (uintptr_t)va_arg(*ap, void *), 16, 0, "0x");
		return 1;
	case 'c':
		ch = (char)va_arg(*ap, int);
		put_field(o, sp, "", 0, &ch, 1, 0, "");
		return 1;
	case 's':
		if (sp->len == FMT_LEN_L)
			put_wstr(o, sp, va_arg(*ap, const int32_t *));
		else
			put_str(o, sp, va_arg(*ap, const char *));
		return 1;
	case 'n':
		store_count(sp, ap, o->n);
		return 1;
	case '%':
		emit(o, '%');
		return 1;
#ifdef FMT_FLOAT
	case 'f':
	case 'F':
	case 'e':
	case 'E':
	case 'g':
	case 'G':
	case 'a':
	case 'A':
		put_float(o, c, sp, ap);
		return 1;
#endif
	}
	return 0;
}

/* See fmt.h: walks fmt, copying text and performing conversions. */
int fmt_format(fmt_sink_t sink, void *arg, const char *fmt, va_list ap)
{
	struct out o = {sink, arg, 0};
	struct fmt_spec sp;
	const char *start;
	va_list aq;

	va_copy(aq, ap);
	while (*fmt) {
		if (*fmt != '%') {
			emit(&o, *fmt++);
			continue;
		}
		start = fmt;
		fmt = parse_spec(fmt + 1, &sp, &aq);
		if (*fmt == 0)
			break;
		if (!convert(&o, *fmt, &sp, &aq)) {
			/* Unknown: print it as written, so it is seen. */
			while (start < fmt)
				emit(&o, *start++);
			emit(&o, *fmt);
		}
		fmt++;
	}
	va_end(aq);
	return o.n;
}

struct strbuf {
	char *buf;
	size_t size; /* room in buf, the NUL included */
	size_t len;  /* characters produced so far, kept or not */
};

static void str_sink(int c, void *arg)
{
	struct strbuf *s = arg;

	if (s->len + 1 < s->size)
		s->buf[s->len] = (char)c;
	s->len++;
}

/* See fmt.h: fmt_format into a buffer that counts what it drops. */
int fmt_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	struct strbuf s = {buf, n, 0};
	int len = fmt_format(str_sink, &s, fmt, ap);

	if (n > 0)
		buf[s.len < n ? s.len : n - 1] = 0;
	return len;
}
