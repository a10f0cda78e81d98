/*
 * calc: evaluates arithmetic expressions, one a line, from standard input:
 * + - * / % ^ (power, right-associative), unary minus, parentheses,
 * numbers as strtod reads them, and sqrt(), sin(), cos(), exp(), log(),
 * fabs(). A recursive-descent parser; errors name the column.
 */
#include <ctype.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *p, *start;
static jmp_buf fail;

static double expr(void);

static void error(const char *what)
{
	printf("error at column %d: %s\n", (int)(p - start) + 1, what);
	longjmp(fail, 1);
}

static void skip(void)
{
	while (isspace((unsigned char)*p))
		p++;
}

static double primary(void)
{
	static const struct {
		const char *name;
		double (*fn)(double);
	} fns[] = {{"sqrt", sqrt}, {"sin", sin}, {"cos", cos},
		   {"exp", exp},   {"log", log}, {"fabs", fabs}};
	char *end;
	double v;

	skip();
	if (*p == '(') {
		p++;
		v = expr();
		skip();
		if (*p++ != ')')
			error("expected )");
		return v;
	}
	if (*p == '-') {
		p++;
		return -primary();
	}
	for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++) {
		size_t n = strlen(fns[i].name);
		if (strncmp(p, fns[i].name, n) == 0 && p[n] == '(') {
			p += n;
			return fns[i].fn(primary());
		}
	}
	v = strtod(p, &end);
	if (end == p)
		error("expected a number");
	p = end;
	return v;
}

static double power(void)
{
	double b = primary();

	skip();
	if (*p == '^') {
		p++;
		return pow(b, power());
	}
	return b;
}

static double term(void)
{
	double v = power(), r;

	for (;;) {
		skip();
		char op = *p;
		if (op != '*' && op != '/' && op != '%')
			return v;
		p++;
		r = power();
		if (op == '*')
			v *= r;
		else if (r == 0)
			error("division by zero");
		else
			v = op == '/' ? v / r : fmod(v, r);
	}
}

static double expr(void)
{
	double v = term();

	for (;;) {
		skip();
		if (*p == '+') {
			p++;
			v += term();
		} else if (*p == '-') {
			p++;
			v -= term();
		} else
			return v;
	}
}

int main(void)
{
	char line[256];

	while (fgets(line, sizeof(line), stdin)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '\0' || line[0] == '#')
			continue;
		start = p = line;
		if (setjmp(fail))
			continue;
		double v = expr();
		skip();
		if (*p)
			error("unexpected text");
		printf("%s = %.10g\n", line, v);
	}
	return 0;
}
