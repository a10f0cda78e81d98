/*
 * The kernel command line from the boot loader: a list of known options,
 * each "key=value" or a bare flag. Unknown ones are reported at boot.
 * init= takes the rest of the line, so it can carry program arguments.
 * trace= is read by trace.c at each exec.
 */
#include "defs.h"

#define CMDLINE_MAX 512
#define MAXOPTS	    16

enum { FLAG, VALUE, REST };

struct option {
	const char *name;
	int kind;
	const char *help;
};

/* Every option the kernel knows; the README's table follows this one. */
static const struct option known[] = {
	{"hz", VALUE, "timer interrupts per second (default 100)"},
	{"selftest", VALUE,
	 "comma-separated kernel self-tests, then power off"},
	{"init", REST, "program and arguments to run as the first process"},
	{"mm", VALUE, "memory model: paging (default) or segment"},
	{"console", VALUE, "serial output: intr (default) or poll"},
	{"quiet", FLAG, "do not print the memory map at boot"},
	{"debug", VALUE,
	 "comma-separated debugging aids: junk (fill freed memory with "
	 "0x5a)"},
	{"ide", VALUE, "disk transfers: dma (default), intr or poll"},
	{"bench", FLAG,
	 "open vector 0x42 to ring 3 with an empty handler, for /bin/bench"},
	{"trace", VALUE,
	 "trace the system calls of each program of this name or path"},
	{"login", VALUE,
	 "no: init starts the shell at once instead of /bin/login"},
};

struct setting {
	const char *key;
	const char *value; /* "" for a flag */
};

static char store[CMDLINE_MAX];
static struct setting settings[MAXOPTS];
static int nsettings;
static int nunknown; /* unknown options seen: the help is printed once */

static const struct option *lookup(const char *key)
{
	for (size_t i = 0; i < NELEM(known); i++)
		if (strcmp(known[i].name, key) == 0)
			return &known[i];
	return NULL;
}

static char *skip_spaces(char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* Splits one word at p into key and value; returns where the next begins. */
static char *take_word(char *p)
{
	char *key = p, *value = "", *end;
	const struct option *opt;

	while (*p && *p != ' ' && *p != '\t' && *p != '=')
		p++;
	if (*p == '=') {
		*p++ = 0;
		value = p;
		opt = lookup(key);
		if (opt && opt->kind == REST)
			end = p + strlen(p);
		else
			for (end = p; *end && *end != ' ' && *end != '\t';
			     end++)
				;
	} else
		end = p;
	if (*end)
		*end++ = 0;
	opt = lookup(key);
	if (opt == NULL) {
		kprintf("cmdline: unknown option '%s' (ignored)\n", key);
		nunknown++;
	} else if (opt->kind == FLAG && *value)
		kprintf("cmdline: option '%s' takes no value (ignored)\n", key);
	else if (opt->kind != FLAG && *value == 0)
		kprintf("cmdline: option '%s' needs a value (ignored)\n", key);
	else if (nsettings == MAXOPTS)
		kprintf("cmdline: too many options, '%s' ignored\n", key);
	else {
		settings[nsettings].key = key;
		settings[nsettings++].value = value;
	}
	return end;
}

/* Lists the known options, after an unknown one was given. */
static void print_help(void)
{
	kprintf("cmdline: the options are:\n");
	for (size_t i = 0; i < NELEM(known); i++)
		kprintf("cmdline:   %s%s  %s\n", known[i].name,
			known[i].kind == FLAG ? "" : "=...", known[i].help);
}

/*
 * Parses the loader's command line. The first word is the kernel's own
 * path when it names no option; it is skipped.
 */
void cmdline_parse(const char *line)
{
	char *p, *q;
	char save;

	strncpy_safe(store, line ? line : "", sizeof(store));
	if (line && strlen(line) >= sizeof(store))
		kprintf("cmdline: longer than %d bytes, cut\n",
			CMDLINE_MAX - 1);
	p = skip_spaces(store);
	for (q = p; *q && *q != ' ' && *q != '\t' && *q != '='; q++)
		;
	if (*q != '=') {
		save = *q;
		*q = 0;
		if (lookup(p) == NULL)
			p = q + (save != 0); /* the image path: skip it */
		else
			*q = save;
	}
	for (p = skip_spaces(p); *p; p = skip_spaces(p))
		p = take_word(p);
	if (nunknown > 0)
		print_help();
}

/* Returns the value of key ("" for a flag), or NULL if it was not given. */
const char *cmdline_get(const char *key)
{
	for (int i = nsettings - 1; i >= 0; i--)
		if (strcmp(settings[i].key, key) == 0)
			return settings[i].value;
	return NULL;
}

/* Returns nonzero if key was given, with or without a value. */
int cmdline_has(const char *key)
{
	return cmdline_get(key) != NULL;
}

/* Returns nonzero if word is one of the comma-separated words of key. */
int cmdline_has_word(const char *key, const char *word)
{
	const char *s = cmdline_get(key);
	size_t n = strlen(word);

	for (; s && *s; s += *s == ',') {
		if (strncmp(s, word, n) == 0 && (s[n] == ',' || s[n] == 0))
			return 1;
		while (*s && *s != ',')
			s++;
	}
	return 0;
}

/* Returns key's value as a decimal number, or dflt if absent or bad. */
long cmdline_int(const char *key, long dflt)
{
	const char *s = cmdline_get(key);
	long v = 0;

	if (s == NULL || *s == 0)
		return dflt;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || v > 100000000) {
			kprintf("cmdline: %s=%s is not a number, using %ld\n",
				key, cmdline_get(key), dflt);
			return dflt;
		}
		v = v * 10 + (*s - '0');
	}
	return v;
}
