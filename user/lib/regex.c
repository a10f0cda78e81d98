/*
 * POSIX regular expressions (<regex.h>), basic and extended, for ASCII
 * bytes in the POSIX locale. Other parts of the C library only lend it
 * malloc, the string functions and <ctype.h>.
 *
 * How it works, in three stages:
 *
 * 1. regcomp parses the pattern into a small tree (struct node): bytes,
 *    byte sets (a bracket expression, '.', or a letter under REG_ICASE),
 *    anchors, back-references, and above them concatenations,
 *    alternations, subexpressions and repetitions x{min,max}.
 *
 * 2. It compiles the tree into a program for a backtracking machine
 *    (struct inst), in the manner of Thompson and Pike: SPLIT says "go
 *    on, and if that fails, come back and try x instead"; OPEN and CLOSE
 *    mark where a subpattern begins and ends. a{2,4} becomes two copies
 *    of a, then two optional ones.
 *
 * 3. regexec runs the program from each start position in turn, leftmost
 *    first. At the first start where anything matches it explores EVERY
 *    way through the program (on reaching MATCH it notes the match and
 *    backtracks for more) and keeps the longest, as POSIX asks.
 *
 * Which submatches, when several parses give the same longest match:
 * POSIX says that each subpattern, from left to right, matches the
 * longest possible string, a null string counting as longer than no
 * match at all. The subpatterns here are the subexpressions, the
 * repetitions, each time round a repetition, and the alternatives of an
 * alternation. Each parse keeps a trace: the subpatterns it used, in the
 * order they opened (the parse tree from left to right, parents before
 * children), each with its span. Two parses of the same length are
 * compared at the first entry where their traces differ: the span that
 * ends later wins; between two different subpatterns, the one that comes
 * first in the pattern wins (the first of two alternatives, or one more
 * time round, or a part where the other parse has none); a trace that
 * goes on beats one that has ended. If the traces are the same, the parse
 * found first is kept. So (a|ab)(c|bcd)(d*) on "abcd" gives
 * (0,4)(0,2)(2,3)(3,4), (a*){2} on "a" gives \1 = (1,1), and (aa|a)* on
 * "aaa" gives \1 = (2,3).
 *
 * Empty time rounds: a time round that matches nothing ends the
 * repetition. As the first round it counts as a match (a null string is
 * longer than none), so \(a*\)* on "b" goes round once, giving \1 = (0,0)
 * as POSIX's own example says. After a round that matched something it
 * ranks below everything, even below no more rounds, so (a*)* on "a"
 * gives (0,1), not (1,1); it is still there for a back-reference that
 * needs it: \(a*\)*\(x\)\1 on "ax" gives \1 = (1,1).
 * A subexpression reports its last time round; each time a repetition
 * goes round it forgets what the subexpressions inside it matched, so
 * ((a)|b)* on "ab" reports \2 as unmatched, as POSIX's rule for nested
 * subexpressions asks (glibc reports (0,1) there).
 *
 * Cost: when the caller wants no subexpression offsets and the pattern
 * has no back-references, only the end of the match matters, and the
 * machine marks each (instruction, position) pair it reaches in a bitmap
 * and never goes there twice: time in proportion to the program's size
 * times the string's length, as for grep. With offsets wanted, that quick
 * search finds where the match starts and ends; then a bitmap marks the
 * pairs from which that end can still be reached, and the exhaustive
 * search runs from the start, never taking a way that cannot end there,
 * and giving up on a parse as soon as a subpattern closes that makes it
 * worse than the best so far. With back-references none of this holds,
 * and the exhaustive search runs from each start. Trying every way can
 * still take exponential time when many parses match, as with (a|aa)*
 * against a row of a's, so an exhaustive search stops after STEPS_MAX
 * machine steps and regexec returns REG_ESPACE.
 *
 * Choices where POSIX leaves the behaviour open: back-references work in
 * EREs too; a repeated repetition (a**, a+?) repeats the whole; an empty
 * ERE, an empty alternative (a|) and () match the empty string; a
 * backslash before a letter is an error (REG_BADPAT: GNU's \w or \s must
 * not silently mean w or s), before any other ordinary byte it quotes it;
 * in a BRE, GNU's \+ \? \| are the literal + ? |; ^ is an anchor at the
 * start of a BRE subexpression and $ at its end; in an ERE, '{' always
 * opens a bound, and a repetition of ^ or $ is REG_BADRPT. Collating
 * elements and equivalence classes are single bytes.
 */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH_MAX  64	      /* nesting of the tree; deeper is REG_ESPACE */
#define PROG_MAX   32768      /* instructions in one program */
#define STEPS_MAX  (1L << 21) /* steps of one exhaustive regexec */
#define MEMO_MAX   (1L << 23) /* bits of a state bitmap (1 MiB) */
#define UNBOUNDED  (-1)	      /* max of x* and x{m,} */
#define ALL_CFLAGS (REG_EXTENDED | REG_ICASE | REG_NOSUB | REG_NEWLINE)

/* A set of bytes, one bit each; bit 0 (NUL) is never set. */
struct charset {
	unsigned char bits[32];
};

enum node_kind {
	N_EMPTY,   /* the empty string: (), an empty alternative */
	N_CHAR,	   /* the byte val */
	N_SET,	   /* one byte of set number val */
	N_BOL,	   /* ^ */
	N_EOL,	   /* $ */
	N_BACKREF, /* what subexpression val matched */
	N_CAT,	   /* the children one after another */
	N_ALT,	   /* one of the children */
	N_GROUP,   /* subexpression number val: the child */
	N_REPEAT,  /* the child, min to max times */
};

/*
 * A node of the parse tree; nodes live in one array and name each other
 * by index, -1 for none. The fields from key on are filled in after
 * parsing, by number_keys().
 */
struct node {
	enum node_kind kind;
	int val;
	int min, max;	 /* N_REPEAT: the bounds; max may be UNBOUNDED */
	int child, last; /* the first and the last child */
	int next;	 /* the next sibling */
	int height;	 /* 1 for a leaf, else 1 + the tallest child */
	int alt;	 /* this node is one alternative of an N_ALT */
	int key;	 /* subpattern number, or -1 if not a subpattern */
	int slot;	 /* its first slot (see below), or -1 */
	int inner;	 /* the slots of the nodes below: inner to innerend-1 */
	int innerend;
};

struct parser {
	const char *p;	    /* the next pattern byte */
	const char *branch; /* where the current branch began (BRE ^) */
	int cflags;
	int err; /* the first error found, or 0 */
	struct node *nodes;
	int nnodes, capnodes;
	struct charset *sets;
	int nsets, capsets;
	int ngroups;	 /* subexpressions opened so far */
	unsigned closed; /* bit n: subexpression n (1 to 9) is closed */
	int depth;	 /* subexpressions open now */
	int backrefs;	 /* the pattern has a back-reference */
};

/*
 * The machine's instructions. Slots hold positions: a subexpression has
 * two, where it starts and ends (its last time round, for pmatch); a
 * repetition with optional rounds has one, where its time round began.
 */
enum opcode {
	OP_CHAR,    /* the byte arg */
	OP_SET,	    /* a byte of set arg */
	OP_BOL,	    /* at a line's start */
	OP_EOL,	    /* at a line's end */
	OP_BACKREF, /* what the subexpression whose start is slot arg matched */
	OP_SPLIT,   /* go on; on backtracking, continue at x instead */
	OP_JMP,	    /* continue at x */
	OP_SAVE,    /* slot arg = the position */
	OP_RESET,   /* slots arg to x-1 = -1 */
	OP_OPEN,  /* trace: subpattern arg opens; slot x (if >= 0) = position */
	OP_CLOSE, /* trace: the open subpattern closes; slot x (if >= 0) =
		       position */
	OP_EMPTY, /* if the round begun at slot arg matched nothing, go to x
		       (y: the round is a subpattern; see the top) */
	OP_MATCH, /* a match ends here */
};

struct inst {
	enum opcode op;
	int arg, x, y;
};

/* What regcomp leaves behind in regex_t's re_private. */
struct regex_prog {
	struct inst *code; /* the program; it starts at code[0] */
	int ncode;
	struct charset *sets;
	int ngroups;	 /* subexpressions: re_nsub */
	int *group_slot; /* group_slot[i]: slot of subexpression i's start */
	int nkeys;	 /* subpatterns, numbered 0 to nkeys-1 */
	int nslots;
	int cflags;
	int backrefs;
};

/* Makes room for element n of the array *arr; 0 if memory ran out. */
static int grow(void **arr, int *cap, int n, size_t size)
{
	void *bigger;
	int want = *cap ? *cap : 16;

	if (n < *cap)
		return 1;
	while (want <= n)
		want *= 2;
	bigger = realloc(*arr, want * size);
	if (!bigger)
		return 0;
	*arr = bigger;
	*cap = want;
	return 1;
}

static void parse_error(struct parser *ps, int err)
{
	if (!ps->err)
		ps->err = err;
}

/* Adds a node; returns its index, or -1 (REG_ESPACE) if memory ran out. */
static int node_new(struct parser *ps, enum node_kind kind, int val)
{
	struct node *nd;

	if (!grow((void **)&ps->nodes, &ps->capnodes, ps->nnodes,
		  sizeof(*nd))) {
		parse_error(ps, REG_ESPACE);
		return -1;
	}
	nd = &ps->nodes[ps->nnodes];
	memset(nd, 0, sizeof(*nd));
	nd->kind = kind;
	nd->val = val;
	nd->child = nd->last = nd->next = nd->key = nd->slot = -1;
	nd->height = 1;
	return ps->nnodes++;
}

/* Appends child to parent's children; a tree too tall is REG_ESPACE. */
static void node_add(struct parser *ps, int parent, int child)
{
	struct node *pn = &ps->nodes[parent];

	if (pn->child < 0)
		pn->child = child;
	else
		ps->nodes[pn->last].next = child;
	pn->last = child;
	if (ps->nodes[child].height >= pn->height)
		pn->height = ps->nodes[child].height + 1;
	if (pn->height > DEPTH_MAX)
		parse_error(ps, REG_ESPACE);
}

/* Adds an empty byte set; returns its number, or -1 (REG_ESPACE). */
static int set_new(struct parser *ps)
{
	if (!grow((void **)&ps->sets, &ps->capsets, ps->nsets,
		  sizeof(struct charset))) {
		parse_error(ps, REG_ESPACE);
		return -1;
	}
	memset(&ps->sets[ps->nsets], 0, sizeof(struct charset));
	return ps->nsets++;
}

static void set_add(struct charset *set, int c)
{
	set->bits[c >> 3] |= 1 << (c & 7);
}

static int set_has(const struct charset *set, int c)
{
	return set->bits[c >> 3] & (1 << (c & 7));
}

/*
 * Finishes a set: under REG_ICASE a letter brings its other case; a
 * non-matching list ([^...]) is inverted, and under REG_NEWLINE it never
 * holds a newline. NUL stays out: it ends the subject.
 */
static void set_finish(struct parser *ps, struct charset *set, int negate)
{
	int c;

	if (ps->cflags & REG_ICASE) {
		for (c = 'a'; c <= 'z'; c++) {
			if (set_has(set, c) || set_has(set, toupper(c))) {
				set_add(set, c);
				set_add(set, toupper(c));
			}
		}
	}
	if (negate) {
		for (c = 0; c < 32; c++)
			set->bits[c] = ~set->bits[c];
		if (ps->cflags & REG_NEWLINE)
			set->bits['\n' >> 3] &= ~(1 << ('\n' & 7));
	}
	set->bits[0] &= ~1;
}

/* A node for one literal byte: a set of both cases under REG_ICASE. */
static int literal(struct parser *ps, int c)
{
	int s;

	if (!(ps->cflags & REG_ICASE) || !isalpha(c))
		return node_new(ps, N_CHAR, c);
	s = set_new(ps);
	if (s < 0)
		return -1;
	set_add(&ps->sets[s], c);
	set_finish(ps, &ps->sets[s], 0);
	return node_new(ps, N_SET, s);
}

/* '.': any byte but NUL, and but newline under REG_NEWLINE. */
static int any_byte(struct parser *ps)
{
	int s = set_new(ps);

	if (s < 0)
		return -1;
	if (ps->cflags & REG_NEWLINE)
		set_add(&ps->sets[s], '\n');
	set_finish(ps, &ps->sets[s], 1);
	return node_new(ps, N_SET, s);
}

/* The character classes of [[:name:]], in the POSIX locale. */
enum char_class {
	CL_ALPHA,
	CL_DIGIT,
	CL_ALNUM,
	CL_UPPER,
	CL_LOWER,
	CL_SPACE,
	CL_BLANK,
	CL_PUNCT,
	CL_PRINT,
	CL_GRAPH,
	CL_CNTRL,
	CL_XDIGIT,
	CL_COUNT
};

static const char *const class_names[CL_COUNT] = {
	"alpha", "digit", "alnum", "upper", "lower", "space",
	"blank", "punct", "print", "graph", "cntrl", "xdigit",
};

static int class_has(enum char_class cl, int c)
{
	switch (cl) {
	case CL_ALPHA:
		return isalpha(c);
	case CL_DIGIT:
		return isdigit(c);
	case CL_ALNUM:
		return isalnum(c);
	case CL_UPPER:
		return isupper(c);
	case CL_LOWER:
		return islower(c);
	case CL_SPACE:
		return isspace(c);
	case CL_BLANK:
		return c == ' ' || c == '\t';
	case CL_PUNCT:
		return ispunct(c);
	case CL_PRINT:
		return isprint(c);
	case CL_GRAPH:
		return isprint(c) && c != ' ';
	case CL_CNTRL:
		return iscntrl(c);
	default:
		return isxdigit(c);
	}
}

/*
 * Reads "[:name:]", "[.c.]" or "[=c=]" (ps->p at the '[') up to the
 * closing ":]" and returns the text between; NULL (REG_EBRACK) if the
 * closing pair is missing.
 */
static const char *bracket_word(struct parser *ps, int *len)
{
	char kind = ps->p[1];
	const char *word = ps->p + 2, *q = word;

	while (*q && !(q[0] == kind && q[1] == ']'))
		q++;
	if (!*q) {
		parse_error(ps, REG_EBRACK);
		return NULL;
	}
	*len = q - word;
	ps->p = q + 2;
	return word;
}

/* Adds the bytes of class [:name:] (ps->p at the '[') to set. */
static void bracket_class(struct parser *ps, struct charset *set)
{
	int len, cl, c;
	const char *word = bracket_word(ps, &len);

	if (!word)
		return;
	for (cl = 0; cl < CL_COUNT; cl++) {
		if ((int)strlen(class_names[cl]) == len &&
		    memcmp(class_names[cl], word, len) == 0)
			break;
	}
	if (cl == CL_COUNT) {
		parse_error(ps, REG_ECTYPE);
		return;
	}
	for (c = 1; c < 256; c++) {
		if (class_has(cl, c))
			set_add(set, c);
	}
}

/*
 * Reads one element of a bracket expression that can end a range: a
 * byte, or a one-byte collating symbol [.c.] or equivalence class [=c=].
 * Returns the byte, or -1 after an error. *range_ok tells whether it may
 * be a range's end point (an equivalence class may not).
 */
static int bracket_elem(struct parser *ps, int *range_ok)
{
	int len;
	const char *word;

	*range_ok = 1;
	if (ps->p[0] != '[' || (ps->p[1] != '.' && ps->p[1] != '=')) {
		if (!*ps->p) {
			parse_error(ps, REG_EBRACK);
			return -1;
		}
		return (unsigned char)*ps->p++;
	}
	*range_ok = ps->p[1] == '.';
	word = bracket_word(ps, &len);
	if (!word)
		return -1;
	if (len != 1) {
		parse_error(ps, REG_ECOLLATE);
		return -1;
	}
	return (unsigned char)word[0];
}

/* Adds one list element (a byte, a range, a class) to set. */
static void bracket_item(struct parser *ps, struct charset *set)
{
	int lo, hi, lo_ok, hi_ok, c;

	if (ps->p[0] == '[' && ps->p[1] == ':') {
		bracket_class(ps, set);
		if (ps->p[0] == '-' && ps->p[1] != ']')
			parse_error(ps, REG_ERANGE);
		return;
	}
	lo = bracket_elem(ps, &lo_ok);
	if (lo < 0)
		return;
	if (ps->p[0] != '-' || ps->p[1] == ']' || !ps->p[1]) {
		set_add(set, lo);
		return;
	}
	ps->p++;
	if (ps->p[0] == '[' && ps->p[1] == ':') {
		parse_error(ps, REG_ERANGE);
		return;
	}
	hi = bracket_elem(ps, &hi_ok);
	if (hi < 0)
		return;
	if (!lo_ok || !hi_ok || hi < lo ||
	    (ps->p[0] == '-' && ps->p[1] != ']')) {
		parse_error(ps, REG_ERANGE);
		return;
	}
	for (c = lo; c <= hi; c++)
		set_add(set, c);
}

/* Parses a bracket expression (ps->p just past the '['). */
static int parse_bracket(struct parser *ps)
{
	int s = set_new(ps), negate = 0;
	struct charset set;

	if (s < 0)
		return -1;
	memset(&set, 0, sizeof(set));
	if (*ps->p == '^') {
		negate = 1;
		ps->p++;
	}
	/* A ']' first in the list is an ordinary byte. */
	if (*ps->p == ']') {
		set_add(&set, ']');
		ps->p++;
	}
	while (*ps->p != ']' && !ps->err) {
		if (!*ps->p)
			parse_error(ps, REG_EBRACK);
		else
			bracket_item(ps, &set);
	}
	if (ps->err)
		return -1;
	ps->p++;
	set_finish(ps, &set, negate);
	ps->sets[s] = set;
	return node_new(ps, N_SET, s);
}

/* Reads a decimal bound; RE_DUP_MAX + 1 stands for anything larger. */
static int read_bound(struct parser *ps)
{
	int n = 0;

	while (isdigit((unsigned char)*ps->p)) {
		n = n * 10 + (*ps->p++ - '0');
		if (n > RE_DUP_MAX)
			n = RE_DUP_MAX + 1;
	}
	return n;
}

/*
 * Parses the inside of an interval, "m}", "m,}" or "m,n}" ("\}" in a
 * BRE), ps->p just past the opening brace. 0 on success.
 */
static int parse_interval(struct parser *ps, int *min, int *max)
{
	int bre = !(ps->cflags & REG_EXTENDED);

	if (!isdigit((unsigned char)*ps->p)) {
		parse_error(ps, *ps->p ? REG_BADBR : REG_EBRACE);
		return -1;
	}
	*min = *max = read_bound(ps);
	if (*ps->p == ',') {
		ps->p++;
		*max = isdigit((unsigned char)*ps->p) ? read_bound(ps)
						      : UNBOUNDED;
	}
	if (bre && ps->p[0] == '\\' && ps->p[1] == '}')
		ps->p += 2;
	else if (!bre && ps->p[0] == '}')
		ps->p++;
	else {
		parse_error(ps, !ps->p[0] || (bre && !ps->p[1]) ? REG_EBRACE
								: REG_BADBR);
		return -1;
	}
	if (*min > RE_DUP_MAX || *max > RE_DUP_MAX ||
	    (*max != UNBOUNDED && *max < *min)) {
		parse_error(ps, REG_BADBR);
		return -1;
	}
	return 0;
}

/*
 * If a duplication symbol (*, and in an ERE + ? {; \{ in a BRE) comes
 * next, reads it into min and max and returns 1; else returns 0.
 */
static int parse_dup(struct parser *ps, int *min, int *max)
{
	int ere = ps->cflags & REG_EXTENDED;
	char c = *ps->p;

	*min = 0;
	*max = UNBOUNDED;
	if (c == '*' || (ere && (c == '+' || c == '?'))) {
		ps->p++;
		if (c == '+')
			*min = 1;
		if (c == '?')
			*max = 1;
		return 1;
	}
	if (ere && c == '{') {
		ps->p++;
		return parse_interval(ps, min, max) == 0;
	}
	if (!ere && c == '\\' && ps->p[1] == '{') {
		ps->p += 2;
		return parse_interval(ps, min, max) == 0;
	}
	return 0;
}

static int parse_regex(struct parser *ps);

/* Parses a subexpression's inside and its close (ps->p past the open). */
static int parse_group(struct parser *ps)
{
	int ere = ps->cflags & REG_EXTENDED;
	int n = ++ps->ngroups, g, body;
	const char *outer = ps->branch;

	if (++ps->depth > DEPTH_MAX) {
		parse_error(ps, REG_ESPACE);
		return -1;
	}
	g = node_new(ps, N_GROUP, n);
	body = parse_regex(ps);
	if (g < 0 || body < 0)
		return -1;
	if (ere && *ps->p == ')')
		ps->p++;
	else if (!ere && ps->p[0] == '\\' && ps->p[1] == ')')
		ps->p += 2;
	else {
		parse_error(ps, REG_EPAREN);
		return -1;
	}
	ps->depth--;
	ps->branch = outer;
	if (n <= 9)
		ps->closed |= 1u << n;
	node_add(ps, g, body);
	return g;
}

/* Parses what follows a backslash outside a bracket expression. */
static int parse_escape(struct parser *ps)
{
	int ere = ps->cflags & REG_EXTENDED;
	unsigned char c = *ps->p++;

	if (!c) {
		parse_error(ps, REG_EESCAPE);
		return -1;
	}
	if (!ere && c == '(')
		return parse_group(ps);
	if (!ere && c == '{') {
		parse_error(ps, REG_BADRPT);
		return -1;
	}
	if (isdigit(c)) {
		if (c == '0' || !(ps->closed & (1u << (c - '0')))) {
			parse_error(ps, REG_ESUBREG);
			return -1;
		}
		ps->backrefs = 1;
		return node_new(ps, N_BACKREF, c - '0');
	}
	if (isalpha(c)) {
		parse_error(ps, REG_BADPAT);
		return -1;
	}
	return literal(ps, c);
}

/* Is ps->p where a BRE's $ is an anchor: the end of the pattern or of a
 * subexpression? */
static int bre_at_end(const struct parser *ps)
{
	return !ps->p[1] || (ps->p[1] == '\\' && ps->p[2] == ')');
}

/*
 * Parses one atom: a byte, '.', a bracket expression, an anchor, an
 * escape, or a subexpression. *anchor is set for ^ and $.
 */
static int parse_atom(struct parser *ps, int *anchor)
{
	int ere = ps->cflags & REG_EXTENDED;
	unsigned char c = *ps->p;

	*anchor = 0;
	if (c == '^' && (ere || ps->p == ps->branch)) {
		ps->p++;
		*anchor = 1;
		return node_new(ps, N_BOL, 0);
	}
	if (c == '$' && (ere || bre_at_end(ps))) {
		ps->p++;
		*anchor = 1;
		return node_new(ps, N_EOL, 0);
	}
	if (ere && (c == '*' || c == '+' || c == '?' || c == '{')) {
		parse_error(ps, REG_BADRPT);
		return -1;
	}
	ps->p++;
	if (c == '.')
		return any_byte(ps);
	if (c == '[')
		return parse_bracket(ps);
	if (c == '\\')
		return parse_escape(ps);
	if (ere && c == '(')
		return parse_group(ps);
	return literal(ps, c);
}

/*
 * Parses an atom and the duplication symbols after it. In an ERE an
 * anchor may not be repeated; in a BRE a '*' after the leading ^ is a
 * literal, so the loop does not look.
 */
static int parse_piece(struct parser *ps)
{
	int anchor, min, max, rep;
	int atom = parse_atom(ps, &anchor);

	if (atom < 0 || (anchor && !(ps->cflags & REG_EXTENDED)))
		return atom;
	while (parse_dup(ps, &min, &max)) {
		if (anchor) {
			parse_error(ps, REG_BADRPT);
			return -1;
		}
		rep = node_new(ps, N_REPEAT, 0);
		if (rep < 0)
			return -1;
		ps->nodes[rep].min = min;
		ps->nodes[rep].max = max;
		node_add(ps, rep, atom);
		atom = rep;
	}
	return ps->err ? -1 : atom;
}

/* Does the current branch end at ps->p? */
static int branch_end(const struct parser *ps)
{
	const char *p = ps->p;

	if (ps->cflags & REG_EXTENDED)
		return !*p || *p == '|' || (*p == ')' && ps->depth > 0);
	return !*p || (p[0] == '\\' && p[1] == ')');
}

/* Parses a concatenation of pieces; an empty one is N_EMPTY. */
static int parse_branch(struct parser *ps)
{
	int cat = -1, first = -1, piece;

	ps->branch = ps->p;
	while (!branch_end(ps)) {
		piece = parse_piece(ps);
		if (piece < 0)
			return -1;
		if (first < 0) {
			first = piece;
			continue;
		}
		if (cat < 0) {
			cat = node_new(ps, N_CAT, 0);
			if (cat < 0)
				return -1;
			node_add(ps, cat, first);
		}
		node_add(ps, cat, piece);
	}
	if (cat >= 0)
		return cat;
	return first >= 0 ? first : node_new(ps, N_EMPTY, 0);
}

/* Parses branches separated by '|' (an ERE), or one branch (a BRE). */
static int parse_regex(struct parser *ps)
{
	int alt = -1, branch = parse_branch(ps);

	while (branch >= 0 && *ps->p == '|' && (ps->cflags & REG_EXTENDED)) {
		if (alt < 0) {
			alt = node_new(ps, N_ALT, 0);
			if (alt < 0)
				return -1;
			node_add(ps, alt, branch);
			ps->nodes[branch].alt = 1;
		}
		ps->p++;
		branch = parse_branch(ps);
		if (branch >= 0) {
			node_add(ps, alt, branch);
			ps->nodes[branch].alt = 1;
		}
	}
	if (branch < 0 || ps->err)
		return -1;
	return alt >= 0 ? alt : branch;
}

/*
 * Numbers the subpatterns (subexpressions, repetitions, alternatives) in
 * the order they open, which orders alternatives for the comparison of
 * parses, and hands out the slots.
 */
static void number_keys(struct parser *ps, int n, struct regex_prog *prog)
{
	struct node *nd = &ps->nodes[n];
	int c;

	if (nd->kind == N_GROUP || nd->kind == N_REPEAT || nd->alt)
		nd->key = prog->nkeys++;
	if (nd->kind == N_GROUP) {
		prog->group_slot[nd->val] = nd->slot = prog->nslots;
		prog->nslots += 2;
	}
	if (nd->kind == N_REPEAT && nd->max != nd->min)
		nd->slot = prog->nslots++;
	nd->inner = prog->nslots;
	for (c = nd->child; c >= 0; c = ps->nodes[c].next)
		number_keys(ps, c, prog);
	nd->innerend = prog->nslots;
}

struct compiler {
	const struct node *nodes;
	struct regex_prog *prog;
	int cap;
	int err;
};

/* Appends an instruction; returns its address, or -1 (REG_ESPACE). */
static int emit(struct compiler *cc, enum opcode op, int arg, int x, int y)
{
	struct regex_prog *prog = cc->prog;
	struct inst *in;

	if (cc->err)
		return -1;
	if (prog->ncode >= PROG_MAX ||
	    !grow((void **)&prog->code, &cc->cap, prog->ncode, sizeof(*in))) {
		cc->err = REG_ESPACE;
		return -1;
	}
	in = &prog->code[prog->ncode];
	in->op = op;
	in->arg = arg;
	in->x = x;
	in->y = y;
	return prog->ncode++;
}

/*
 * Jumps not yet knowing their target are chained through their x fields
 * (list is the last one, -1 ends the chain); this points them all at
 * target.
 */
static void patch(struct compiler *cc, int list, int target)
{
	int next;

	for (; list >= 0 && !cc->err; list = next) {
		next = cc->prog->code[list].x;
		cc->prog->code[list].x = target;
	}
}

static void compile(struct compiler *cc, int n);

/* One time round a repetition: forget the spans inside, then the body. */
static void compile_round(struct compiler *cc, const struct node *nd)
{
	if (nd->innerend > nd->inner)
		emit(cc, OP_RESET, nd->inner, nd->innerend, 0);
	compile(cc, nd->child);
}

/*
 * One optional time round, whose exits join the chain *outs:
 *	SPLIT out; SAVE round; x; EMPTY round, out
 */
static void compile_optional(struct compiler *cc, const struct node *nd,
			     int *outs)
{
	int body_key = cc->nodes[nd->child].key >= 0;

	*outs = emit(cc, OP_SPLIT, 0, *outs, 0);
	emit(cc, OP_SAVE, nd->slot, 0, 0);
	compile_round(cc, nd);
	*outs = emit(cc, OP_EMPTY, nd->slot, *outs, body_key);
}

/*
 * x{min,max}: min copies of x, then max - min optional ones, or for an
 * unbounded repetition one optional round and a jump back to it.
 */
static void compile_repeat(struct compiler *cc, const struct node *nd)
{
	int i, top, outs = -1;

	for (i = 0; i < nd->min; i++)
		compile_round(cc, nd);
	if (nd->max == UNBOUNDED) {
		top = cc->prog->ncode;
		compile_optional(cc, nd, &outs);
		emit(cc, OP_JMP, 0, top, 0);
	}
	for (i = nd->min; i < nd->max; i++)
		compile_optional(cc, nd, &outs);
	patch(cc, outs, cc->prog->ncode);
}

/* a|b|c: SPLIT L1; a; JMP end; L1: SPLIT L2; b; JMP end; L2: c; end: */
static void compile_alt(struct compiler *cc, const struct node *nd)
{
	int c, split, ends = -1;

	for (c = nd->child; c >= 0 && !cc->err; c = cc->nodes[c].next) {
		if (cc->nodes[c].next < 0) {
			compile(cc, c);
			break;
		}
		split = emit(cc, OP_SPLIT, 0, -1, 0);
		compile(cc, c);
		ends = emit(cc, OP_JMP, 0, ends, 0);
		patch(cc, split, cc->prog->ncode);
	}
	patch(cc, ends, cc->prog->ncode);
}

/* Compiles node nd itself; compile() adds OPEN and CLOSE around it. */
static void compile_node(struct compiler *cc, const struct node *nd)
{
	int c;

	switch (nd->kind) {
	case N_EMPTY:
		break;
	case N_CHAR:
		emit(cc, OP_CHAR, nd->val, 0, 0);
		break;
	case N_SET:
		emit(cc, OP_SET, nd->val, 0, 0);
		break;
	case N_BOL:
		emit(cc, OP_BOL, 0, 0, 0);
		break;
	case N_EOL:
		emit(cc, OP_EOL, 0, 0, 0);
		break;
	case N_BACKREF:
		emit(cc, OP_BACKREF, cc->prog->group_slot[nd->val], 0, 0);
		break;
	case N_CAT:
		for (c = nd->child; c >= 0; c = cc->nodes[c].next)
			compile(cc, c);
		break;
	case N_ALT:
		compile_alt(cc, nd);
		break;
	case N_GROUP:
		compile(cc, nd->child);
		break;
	case N_REPEAT:
		compile_repeat(cc, nd);
		break;
	}
}

/*
 * Compiles the subtree at node n, inside OPEN and CLOSE if it is a
 * subpattern; a subexpression's OPEN and CLOSE also set its two slots.
 */
static void compile(struct compiler *cc, int n)
{
	const struct node *nd = &cc->nodes[n];

	if (cc->err)
		return;
	if (nd->key >= 0)
		emit(cc, OP_OPEN, nd->key, nd->kind == N_GROUP ? nd->slot : -1,
		     0);
	compile_node(cc, nd);
	if (nd->key >= 0)
		emit(cc, OP_CLOSE, nd->key,
		     nd->kind == N_GROUP ? nd->slot + 1 : -1, 0);
}

/* Builds the program for the tree at root; returns 0 or an error. */
static int build(struct parser *ps, int root, struct regex_prog *prog)
{
	struct compiler cc = {ps->nodes, prog, 0, 0};

	prog->group_slot = malloc((ps->ngroups + 1) * sizeof(int));
	if (!prog->group_slot)
		return REG_ESPACE;
	number_keys(ps, root, prog);
	compile(&cc, root);
	emit(&cc, OP_MATCH, 0, 0, 0);
	return cc.err;
}

static void prog_free(struct regex_prog *prog)
{
	if (!prog)
		return;
	free(prog->code);
	free(prog->sets);
	free(prog->group_slot);
	free(prog);
}

/* Compiles pattern into *preg. Returns 0, or a REG_* error code. */
int regcomp(regex_t *preg, const char *pattern, int cflags)
{
	struct parser ps;
	struct regex_prog *prog;
	int root, err;

	if (!pattern || (cflags & ~ALL_CFLAGS))
		return REG_BADPAT;
	memset(&ps, 0, sizeof(ps));
	ps.p = pattern;
	ps.cflags = cflags;
	root = parse_regex(&ps);
	/* Only a BRE's unmatched \) can stop the parse early. */
	if (!ps.err && *ps.p)
		ps.err = REG_EPAREN;
	err = ps.err;
	prog = calloc(1, sizeof(*prog));
	if (prog) {
		prog->sets = ps.sets;
		prog->ngroups = ps.ngroups;
		prog->cflags = cflags;
		prog->backrefs = ps.backrefs;
	} else {
		free(ps.sets);
		err = REG_ESPACE;
	}
	if (!err)
		err = build(&ps, root, prog);
	free(ps.nodes);
	if (err) {
		prog_free(prog);
		return err;
	}
	preg->re_nsub = ps.ngroups;
	preg->re_private = prog;
	return 0;
}

/*
 * A bitmap with one bit for each (instruction, position) pair, for the
 * positions from base to last; bits is NULL when it is not in use.
 */
struct statemap {
	unsigned char *bits;
	int base, last;
};

/*
 * One entry of a parse's trace: where subpattern key began and ended.
 * A time round that matched nothing after rounds that matched something
 * gets the key LATE_ROUND, which ranks below everything; NO_ENTRY ranks
 * the missing entries past the end of a trace.
 */
#define LATE_ROUND 0x7fffffff
#define NO_ENTRY   0x7ffffffe

struct span {
	int key;
	int start, end; /* end is -1 while it is open */
	int parent;	/* the entry of the subpattern around it, or -1 */
};

/* A backtracking entry: a place to try again, or a change to undo. */
struct backtrack {
	enum { BT_RESUME, BT_SLOT, BT_END, BT_KEY } kind;
	int a, b;   /* BT_RESUME: pc and position; BT_SLOT: slot a was b;
		       BT_END, BT_KEY: trace entry a's end, key was b */
	int ntrace; /* BT_RESUME: the trace's length then, */
	int open;   /* its innermost open entry, */
	int closed; /* and the entry that closed last */
};

struct machine {
	const struct regex_prog *prog;
	const unsigned char *s; /* the subject */
	int len;
	int eflags;
	int full;	    /* compare parses, not just their ends */
	int target;	    /* where a match must end, or -1 */
	regoff_t *slots;    /* the current parse's slots */
	regoff_t *best;	    /* the best parse's slots */
	int best_end;	    /* where the best match ends; -1: none */
	struct span *trace; /* the current parse's trace (when full) */
	int ntrace, captrace;
	int closed;	     /* the entry that closed last, or -1 */
	int open;	     /* the innermost open entry, or -1 */
	struct span *btrace; /* the best parse's trace */
	int nbtrace, capbtrace;
	struct statemap seen;  /* the quick search: pairs reached */
	struct statemap alive; /* the exhaustive one: pairs that can end
				  at the target */
	long steps;	       /* counted without the bitmap */
	struct backtrack *stack;
	int sp, cap;
	int err;
};

static void push(struct machine *m, int kind, int a, int b)
{
	struct backtrack *bt;

	if (!grow((void **)&m->stack, &m->cap, m->sp, sizeof(*bt))) {
		m->err = REG_ESPACE;
		return;
	}
	bt = &m->stack[m->sp++];
	bt->kind = kind;
	bt->a = a;
	bt->b = b;
	bt->ntrace = m->ntrace;
	bt->open = m->open;
	bt->closed = m->closed;
}

/* Sets a slot, remembering the old value for backtracking. */
static void set_slot(struct machine *m, int slot, int val)
{
	if (slot < 0 || m->slots[slot] == val)
		return;
	push(m, BT_SLOT, slot, m->slots[slot]);
	m->slots[slot] = val;
}

/* A subpattern opens at pos: a new trace entry (kept only when full). */
static void trace_open(struct machine *m, int key, int pos)
{
	struct span *sp;

	if (!m->full)
		return;
	if (!grow((void **)&m->trace, &m->captrace, m->ntrace, sizeof(*sp))) {
		m->err = REG_ESPACE;
		return;
	}
	sp = &m->trace[m->ntrace];
	sp->key = key;
	sp->start = pos;
	sp->end = -1;
	sp->parent = m->open;
	m->open = m->ntrace++;
}

/* The innermost open subpattern closes at pos. */
static void trace_close(struct machine *m, int pos)
{
	struct span *sp;

	if (!m->full)
		return;
	sp = &m->trace[m->open];
	push(m, BT_END, m->open, sp->end);
	sp->end = pos;
	m->closed = m->open;
	m->open = sp->parent;
}

/*
 * The round whose entry closed last matched nothing: if the repetition
 * around it (the open entry) had matched something before, the round
 * ranks LATE_ROUND.
 */
static void trace_empty_round(struct machine *m, int pos)
{
	struct span *round;

	if (!m->full || m->trace[m->open].start == pos)
		return;
	round = &m->trace[m->closed];
	push(m, BT_KEY, m->closed, round->key);
	round->key = LATE_ROUND;
}

/* The key that entry i of trace t (of n entries) ranks by. */
static int rank(const struct span *t, int n, int i)
{
	return i < n ? t[i].key : NO_ENTRY;
}

/*
 * Compares the first n entries of traces a (of na entries) and b (of nb)
 * by the rule at the top of this file: > 0 if a is better, < 0 if b is,
 * 0 if they agree. The smaller key is the earlier alternative, or the
 * extra part; a missing entry ranks below those, a late empty round
 * below that.
 */
static int compare(const struct span *a, int na, const struct span *b, int nb,
		   int n)
{
	int i, ka, kb;

	for (i = 0; i < n; i++) {
		ka = rank(a, na, i);
		kb = rank(b, nb, i);
		if (ka != kb)
			return ka < kb ? 1 : -1;
		if (ka == NO_ENTRY)
			return 0;
		if (a[i].end != b[i].end)
			return a[i].end - b[i].end;
		if (a[i].start != b[i].start)
			return b[i].start - a[i].start;
	}
	return 0;
}

/* A match ends at pos: keep it if it beats the best so far. */
static void record(struct machine *m, int pos)
{
	int n = m->ntrace > m->nbtrace ? m->ntrace : m->nbtrace;

	if (pos < m->best_end || (m->target >= 0 && pos != m->target))
		return;
	if (m->full && pos == m->best_end &&
	    compare(m->trace, m->ntrace, m->btrace, m->nbtrace, n) <= 0)
		return;
	m->best_end = pos;
	if (!m->full)
		return;
	memcpy(m->best, m->slots, m->prog->nslots * sizeof(regoff_t));
	if (!grow((void **)&m->btrace, &m->capbtrace, m->ntrace,
		  sizeof(*m->trace))) {
		m->err = REG_ESPACE;
		return;
	}
	memcpy(m->btrace, m->trace, m->ntrace * sizeof(*m->trace));
	m->nbtrace = m->ntrace;
}

/*
 * Can the parse under way, at pos, no longer beat the best one? Only
 * asked once the match's end is known (m->target), else a worse parse
 * might still end later. A closed entry is final; an open one will end
 * somewhere from pos to the target, and past it lie only entries nested
 * in it, so the walk goes on past it only while it cannot end better.
 */
static int worse(const struct machine *m, int pos)
{
	const struct span *cur, *best;
	int i, kb;

	if (!m->full || m->target < 0 || m->best_end < 0)
		return 0;
	for (i = 0; i < m->ntrace; i++) {
		cur = &m->trace[i];
		kb = rank(m->btrace, m->nbtrace, i);
		if (cur->key != kb)
			return cur->key > kb;
		best = &m->btrace[i];
		if (cur->end < 0 && best->end < pos)
			return 0;
		if (cur->end < 0 && best->end < m->target)
			return 0;
		if (cur->end < 0 && cur->start == best->start)
			continue;
		if (cur->end < 0)
			return cur->start > best->start;
		if (cur->end != best->end)
			return cur->end < best->end;
		if (cur->start != best->start)
			return cur->start > best->start;
	}
	return 0;
}

static int at_bol(const struct machine *m, int pos)
{
	if (pos == 0)
		return !(m->eflags & REG_NOTBOL);
	return (m->prog->cflags & REG_NEWLINE) && m->s[pos - 1] == '\n';
}

static int at_eol(const struct machine *m, int pos)
{
	if (pos == m->len)
		return !(m->eflags & REG_NOTEOL);
	return (m->prog->cflags & REG_NEWLINE) && m->s[pos] == '\n';
}

/* Matches the text of the subexpression at slot at *pos; 1 if it does. */
static int backref(const struct machine *m, int slot, int *pos)
{
	int so = m->slots[slot], eo = m->slots[slot + 1], i, a, b;

	if (so < 0 || eo < 0 || eo - so > m->len - *pos)
		return 0;
	for (i = 0; i < eo - so; i++) {
		a = m->s[so + i];
		b = m->s[*pos + i];
		if (m->prog->cflags & REG_ICASE) {
			a = tolower(a);
			b = tolower(b);
		}
		if (a != b)
			return 0;
	}
	*pos += eo - so;
	return 1;
}

/* Runs the instruction at pc; returns the next pc, or -1 to backtrack. */
static int step(struct machine *m, int pc, int *pos)
{
	const struct inst *in = &m->prog->code[pc];
	int i, c = m->s[*pos];

	switch (in->op) {
	case OP_CHAR:
		/* A pattern byte is never NUL, so the subject's end fails. */
		if (c != in->arg)
			return -1;
		++*pos;
		return pc + 1;
	case OP_SET:
		if (!set_has(&m->prog->sets[in->arg], c))
			return -1;
		++*pos;
		return pc + 1;
	case OP_BOL:
		return at_bol(m, *pos) ? pc + 1 : -1;
	case OP_EOL:
		return at_eol(m, *pos) ? pc + 1 : -1;
	case OP_BACKREF:
		return backref(m, in->arg, pos) ? pc + 1 : -1;
	case OP_SPLIT:
		push(m, BT_RESUME, in->x, *pos);
		return pc + 1;
	case OP_JMP:
		return in->x;
	case OP_SAVE:
		set_slot(m, in->arg, *pos);
		return pc + 1;
	case OP_RESET:
		for (i = in->arg; i < in->x; i++)
			set_slot(m, i, -1);
		return pc + 1;
	case OP_OPEN:
		set_slot(m, in->x, *pos);
		trace_open(m, in->arg, *pos);
		return pc + 1;
	case OP_CLOSE:
		set_slot(m, in->x, *pos);
		trace_close(m, *pos);
		return worse(m, *pos) ? -1 : pc + 1;
	case OP_EMPTY:
		if (*pos != m->slots[in->arg])
			return pc + 1;
		if (in->y)
			trace_empty_round(m, *pos);
		return in->x;
	case OP_MATCH:
		record(m, *pos);
		return -1;
	}
	return -1;
}

/*
 * Makes map a cleared bitmap for ncode instructions at positions base to
 * last, unless it would take more than MEMO_MAX bits or memory runs out:
 * then it stays unused, and the search is slower, not wrong.
 */
static void map_new(struct statemap *map, int ncode, int base, int last)
{
	long bits = (long)ncode * (last - base + 1);

	map->base = base;
	map->last = last;
	map->bits = bits <= MEMO_MAX ? calloc((bits + 7) / 8, 1) : NULL;
}

static long map_bit(const struct statemap *map, int pc, int pos)
{
	return (long)pc * (map->last - map->base + 1) + pos - map->base;
}

static int map_get(const struct statemap *map, int pc, int pos)
{
	long bit = map_bit(map, pc, pos);

	return pos <= map->last && (map->bits[bit >> 3] & (1 << (bit & 7)));
}

static void map_set(struct statemap *map, int pc, int pos)
{
	long bit = map_bit(map, pc, pos);

	map->bits[bit >> 3] |= 1 << (bit & 7);
}

/* Has (pc, pos) been reached before? Marks it reached. */
static int seen_before(struct machine *m, int pc, int pos)
{
	if (!m->seen.bits)
		return 0;
	if (map_get(&m->seen, pc, pos))
		return 1;
	map_set(&m->seen, pc, pos);
	return 0;
}

/* Can a way from (pc, pos) still end at the target? */
static int can_end(const struct machine *m, int pc, int pos)
{
	return !m->alive.bits || map_get(&m->alive, pc, pos);
}

/*
 * Would the instruction at pc, at pos, lead to a pair marked alive? It
 * looks only at bytes and anchors; every SPLIT and EMPTY may go either
 * way, so this errs only towards "yes".
 */
static int leads_alive(const struct machine *m, int pc, int pos)
{
	const struct inst *in = &m->prog->code[pc];
	int c = m->s[pos];

	switch (in->op) {
	case OP_CHAR:
		return c == in->arg && can_end(m, pc + 1, pos + 1);
	case OP_SET:
		return set_has(&m->prog->sets[in->arg], c) &&
		       can_end(m, pc + 1, pos + 1);
	case OP_BOL:
		return at_bol(m, pos) && can_end(m, pc + 1, pos);
	case OP_EOL:
		return at_eol(m, pos) && can_end(m, pc + 1, pos);
	case OP_SPLIT:
	case OP_EMPTY:
		return can_end(m, pc + 1, pos) || can_end(m, in->x, pos);
	case OP_JMP:
		return can_end(m, in->x, pos);
	case OP_MATCH:
		return pos == m->target;
	default:
		return can_end(m, pc + 1, pos);
	}
}

/*
 * Marks every (pc, pos) from which a way can reach MATCH at the target,
 * working back from the target one position at a time; within one
 * position, loops need a few passes until nothing changes. The
 * exhaustive search then never follows a way that cannot end there.
 */
static void mark_alive(struct machine *m)
{
	int pos, pc, changed;

	for (pos = m->alive.last; pos >= m->alive.base; pos--) {
		do {
			changed = 0;
			for (pc = m->prog->ncode - 1; pc >= 0; pc--) {
				if (!map_get(&m->alive, pc, pos) &&
				    leads_alive(m, pc, pos)) {
					map_set(&m->alive, pc, pos);
					changed = 1;
				}
			}
		} while (changed);
	}
}

/*
 * Pops the backtracking stack, undoing slot changes, down to the next
 * place to try again; returns 0 when there is none.
 */
static int backtrack(struct machine *m, int *pc, int *pos)
{
	struct backtrack *bt;

	while (m->sp > 0) {
		bt = &m->stack[--m->sp];
		if (bt->kind == BT_SLOT) {
			m->slots[bt->a] = bt->b;
		} else if (bt->kind == BT_END) {
			m->trace[bt->a].end = bt->b;
		} else if (bt->kind == BT_KEY) {
			m->trace[bt->a].key = bt->b;
		} else {
			*pc = bt->a;
			*pos = bt->b;
			m->ntrace = bt->ntrace;
			m->open = bt->open;
			m->closed = bt->closed;
			return 1;
		}
	}
	return 0;
}

/*
 * Explores every way the program can run from position start, recording
 * matches in m->best_end (and m->best). Returns 0 or REG_ESPACE.
 */
static int run(struct machine *m, int start)
{
	int pc = 0, pos = start;

	m->sp = 0;
	m->ntrace = 0;
	m->open = m->closed = -1;
	for (;;) {
		if (pc < 0 || seen_before(m, pc, pos) || !can_end(m, pc, pos)) {
			if (!backtrack(m, &pc, &pos))
				return 0;
			continue;
		}
		/* Nothing is better than the whole rest of the subject. */
		if (!m->full && m->best_end == m->len)
			return 0;
		if (!m->seen.bits && ++m->steps > STEPS_MAX)
			return REG_ESPACE;
		pc = step(m, pc, &pos);
		if (m->err)
			return m->err;
	}
}

/* Clears the slots and the best match before a search. */
static void forget(struct machine *m)
{
	int i;

	for (i = 0; i < m->prog->nslots; i++)
		m->slots[i] = -1;
	m->best_end = -1;
	m->nbtrace = 0;
}

/* Finds the leftmost match; on return m->best_end < 0 if there is none. */
static int search(struct machine *m, int *start)
{
	int err;

	for (*start = 0; *start <= m->len; ++*start) {
		forget(m);
		err = run(m, *start);
		if (err || m->best_end >= 0)
			return err;
	}
	return 0;
}

/* Fills pmatch from the finished machine: whole match, then each group. */
static void report(const struct machine *m, int start, size_t nmatch,
		   regmatch_t pmatch[])
{
	size_t i;
	int slot;

	for (i = 0; i < nmatch; i++) {
		pmatch[i].rm_so = pmatch[i].rm_eo = -1;
		if (i == 0) {
			pmatch[i].rm_so = start;
			pmatch[i].rm_eo = m->best_end;
		} else if (m->full && i <= (size_t)m->prog->ngroups) {
			slot = m->prog->group_slot[i];
			pmatch[i].rm_so = m->best[slot];
			pmatch[i].rm_eo = m->best[slot + 1];
		}
	}
}

/*
 * Matches string against *preg; returns 0 and fills pmatch, REG_NOMATCH,
 * or REG_ESPACE (out of memory, or STEPS_MAX steps of an exhaustive search
 * were not enough).
 */
int regexec(const regex_t *preg, const char *string, size_t nmatch,
	    regmatch_t pmatch[], int eflags)
{
	const struct regex_prog *prog = preg->re_private;
	struct machine m;
	int start = 0, err = REG_ESPACE;

	if (prog->cflags & REG_NOSUB)
		nmatch = 0;
	memset(&m, 0, sizeof(m));
	m.prog = prog;
	m.s = (const unsigned char *)string;
	m.len = strlen(string);
	m.eflags = eflags;
	m.full = prog->backrefs;
	m.target = -1;
	m.slots = malloc((prog->nslots + 1) * sizeof(regoff_t));
	m.best = malloc((prog->nslots + 1) * sizeof(regoff_t));
	if (!m.full)
		map_new(&m.seen, prog->ncode, 0, m.len);
	if (m.slots && m.best)
		err = search(&m, &start);
	if (!err && m.best_end < 0)
		err = REG_NOMATCH;
	if (!err && !m.full && nmatch > 1 && prog->ngroups > 0) {
		/* The quick search found the match; now find its parse. */
		free(m.seen.bits);
		m.seen.bits = NULL;
		m.full = 1;
		m.target = m.best_end;
		map_new(&m.alive, prog->ncode, start, m.target);
		if (m.alive.bits)
			mark_alive(&m);
		forget(&m);
		err = run(&m, start);
	}
	if (!err)
		report(&m, start, nmatch, pmatch);
	free(m.slots);
	free(m.best);
	free(m.trace);
	free(m.btrace);
	free(m.seen.bits);
	free(m.alive.bits);
	free(m.stack);
	return err;
}

static const char *const messages[] = {
	[0] = "success",
	[REG_NOMATCH] = "no match",
	[REG_BADPAT] = "invalid regular expression",
	[REG_ECOLLATE] = "invalid collating element",
	[REG_ECTYPE] = "unknown character class",
	[REG_EESCAPE] = "backslash at the end of the pattern",
	[REG_ESUBREG] = "back-reference to no closed subexpression",
	[REG_EBRACK] = "[ without its ]",
	[REG_EPAREN] = "parentheses not balanced",
	[REG_EBRACE] = "{ without its }",
	[REG_BADBR] = "invalid bound in { }",
	[REG_ERANGE] = "invalid end point of a range",
	[REG_ESPACE] = "out of memory or too many steps",
	[REG_BADRPT] = "nothing to repeat before *, +, ? or {",
	[REG_ENOSYS] = "not implemented",
};

/*
 * Writes the message for errcode into errbuf, cut to errbuf_size - 1
 * bytes and a NUL (nothing at all when errbuf_size is 0); returns the
 * size of the whole message with its NUL.
 */
size_t regerror(int errcode, const regex_t *preg, char *errbuf,
		size_t errbuf_size)
{
	const char *msg = "unknown regular expression error";
	size_t need, n;

	(void)preg;
	if (errcode >= 0 &&
	    errcode < (int)(sizeof(messages) / sizeof(*messages)))
		msg = messages[errcode];
	need = strlen(msg) + 1;
	if (errbuf_size > 0) {
		n = need < errbuf_size ? need - 1 : errbuf_size - 1;
		memcpy(errbuf, msg, n);
		errbuf[n] = 0;
	}
	return need;
}

/* Frees what regcomp allocated for *preg. */
void regfree(regex_t *preg)
{
	prog_free(preg->re_private);
	preg->re_private = NULL;
}
