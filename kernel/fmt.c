/*
 * The printf formatting engine, free of kernel dependencies so that the
 * user C library compiles the same file. Output goes to a sink callback.
 */
#include "fmt.h"
#include <stddef.h>
#include <stdint.h>

struct spec {
	int left;  /* '-': pad on the right */
	int zero;  /* '0': pad numbers with zeros */
	int width; /* minimum field width */
	int prec;  /* precision, or -1 */
};

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

/* Prints a string field with width and precision. */
static void put_str(struct out *o, const char *s, const struct spec *sp)
{
	int len = 0;

	if (s == NULL)
		s = "(null)";
	while (s[len] && (sp->prec < 0 || len < sp->prec))
		len++;
	if (!sp->left)
		pad(o, ' ', sp->width - len);
	for (int i = 0; i < len; i++)
		emit(o, s[i]);
	if (sp->left)
		pad(o, ' ', sp->width - len);
}

/* Prints an unsigned number in base with an optional sign and prefix. */
static void put_num(struct out *o, uint32_t v, int base, int upper, int neg,
		    const char *prefix, const struct spec *sp)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char buf[16];
	int len = 0, plen = 0, zeros = 0, total;

	do {
		buf[len++] = digits[v % base];
		v /= base;
	} while (v != 0);
	if (neg)
		plen = 1;
	else if (prefix)
		plen = 2;
	if (sp->prec > len)
		zeros = sp->prec - len;
	else if (sp->zero && !sp->left && sp->prec < 0 &&
		 sp->width > len + plen)
		zeros = sp->width - len - plen;
	total = len + plen + zeros;
	if (!sp->left)
		pad(o, ' ', sp->width - total);
	if (neg)
		emit(o, '-');
	else if (prefix) {
		emit(o, prefix[0]);
		emit(o, prefix[1]);
	}
	pad(o, '0', zeros);
	while (len > 0)
		emit(o, buf[--len]);
	if (sp->left)
		pad(o, ' ', sp->width - total);
}

/* Reads flags, width and precision at *fmt; returns the conversion char. */
static const char *parse_spec(const char *f, struct spec *sp, va_list *ap)
{
	sp->left = sp->zero = sp->width = 0;
	sp->prec = -1;
	for (;; f++) {
		if (*f == '-')
			sp->left = 1;
		else if (*f == '0')
			sp->zero = 1;
		else
			break;
	}
	if (*f == '*') {
		sp->width = va_arg(*ap, int);
		if (sp->width < 0) {
			sp->left = 1;
			sp->width = -sp->width;
		}
		f++;
	}
	for (; *f >= '0' && *f <= '9'; f++)
		sp->width = sp->width * 10 + (*f - '0');
	if (*f == '.') {
		f++;
		sp->prec = 0;
		if (*f == '*') {
			sp->prec = va_arg(*ap, int);
			f++;
		}
		for (; *f >= '0' && *f <= '9'; f++)
			sp->prec = sp->prec * 10 + (*f - '0');
	}
	while (*f == 'l' || *f == 'z' || *f == 'h')
		f++;
	return f;
}

static void convert(struct out *o, int c, struct spec *sp, va_list *ap)
{
	int32_t d;

	switch (c) {
	case 'd':
	case 'i':
		d = va_arg(*ap, int32_t);
		put_num(o, d < 0 ? -(uint32_t)d : (uint32_t)d, 10, 0, d < 0,
			NULL, sp);
		break;
	case 'u':
		put_num(o, va_arg(*ap, uint32_t), 10, 0, 0, NULL, sp);
		break;
	case 'x':
	case 'X':
		put_num(o, va_arg(*ap, uint32_t), 16, c == 'X', 0, NULL, sp);
		break;
	case 'o':
		put_num(o, va_arg(*ap, uint32_t), 8, 0, 0, NULL, sp);
		break;
	case 'p':
		if (sp->prec < 0)
			sp->prec = 8;
		put_num(o, (uint32_t)va_arg(*ap, void *), 16, 0, 0, "0x", sp);
		break;
	case 's':
		put_str(o, va_arg(*ap, const char *), sp);
		break;
	case 'c':
		sp->prec = -1;
		{
			char s[2] = {(char)va_arg(*ap, int), 0};
			if (s[0] == 0) {
				pad(o, ' ', sp->left ? 0 : sp->width - 1);
				emit(o, 0);
				pad(o, ' ', sp->left ? sp->width - 1 : 0);
			} else
				put_str(o, s, sp);
		}
		break;
	case '%':
		emit(o, '%');
		break;
	default:
		/* Unknown conversion: print it as written, so it is seen. */
		emit(o, '%');
		emit(o, c);
		break;
	}
}

int fmt_format(fmt_sink_t sink, void *arg, const char *fmt, va_list ap)
{
	struct out o = {sink, arg, 0};
	struct spec sp;
	va_list aq;

	va_copy(aq, ap);
	while (*fmt) {
		if (*fmt != '%') {
			emit(&o, *fmt++);
			continue;
		}
		fmt = parse_spec(fmt + 1, &sp, &aq);
		if (*fmt == 0)
			break;
		convert(&o, *fmt++, &sp, &aq);
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

int fmt_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	struct strbuf s = {buf, n, 0};
	int len = fmt_format(str_sink, &s, fmt, ap);

	if (n > 0)
		buf[s.len < n ? s.len : n - 1] = 0;
	return len;
}
