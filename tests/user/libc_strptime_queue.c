// strptime as glibc parses (the same fields, the same text left over,
// the week and year day filled in from a date; a minute of 61 reads as
// 6), and <sys/queue.h>'s four kinds of list: insertion at either end
// and after an element, removal, forward and reverse traversal.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <sys/queue.h>
#include <time.h>
#include "check.h"

struct want {
	const char *text, *fmt, *rest; /* rest NULL: strptime gives NULL */
	int year, mon, mday, hour, min, sec, wday, yday;
};

/* glibc's results, from the host. */
static const struct want wants[] = {
	{"2026-12-01 15:42:07", "%Y-%m-%d %H:%M:%S", "", 126, 11, 1, 15, 42, 7,
	 2, 334},
	{"Tue Dec  1 15:42:28 2026", "%a %b %e %H:%M:%S %Y", "", 126, 11, 1, 15,
	 42, 28, 2, 334},
	{"03/15/99", "%D", "", 99, 2, 15, 0, 0, 0, 1, 73},
	{"07/04/12 rest", "%m/%d/%y", " rest", 112, 6, 4, 0, 0, 0, 3, 185},
	{"12:30:00 PM", "%r", "", 0, 0, 0, 12, 30, 0, 0, 0},
	{"12:05 am", "%I:%M %p", "", 0, 0, 0, 0, 5, 0, 0, 0},
	{"13:61", "%H:%M", "1", 0, 0, 0, 13, 6, 0, 0, 0},
	{"january 5", "%B %d", "", 0, 0, 5, 0, 0, 0, 5, 4},
	{"100%", "%j%%", "", 0, 0, 0, 0, 0, 0, 0, 99},
	{"x", "%Y", NULL, 0, 0, 0, 0, 0, 0, 0, 0},
};

static void parse_times(void)
{
	for (unsigned i = 0; i < sizeof(wants) / sizeof(wants[0]); i++) {
		const struct want *w = &wants[i];
		struct tm tm;
		char *rest;

		memset(&tm, 0, sizeof(tm));
		rest = strptime(w->text, w->fmt, &tm);
		if (w->rest == NULL) {
			check(rest == NULL, "strptime(\"%s\", \"%s\"): NULL",
			      w->text, w->fmt);
			continue;
		}
		check(rest != NULL && strcmp(rest, w->rest) == 0 &&
			      tm.tm_year == w->year && tm.tm_mon == w->mon &&
			      tm.tm_mday == w->mday && tm.tm_hour == w->hour &&
			      tm.tm_min == w->min && tm.tm_sec == w->sec &&
			      tm.tm_wday == w->wday && tm.tm_yday == w->yday,
		      "strptime(\"%s\", \"%s\"): %d-%d-%d %d:%d:%d wday %d "
		      "yday %d",
		      w->text, w->fmt, tm.tm_year, tm.tm_mon, tm.tm_mday,
		      tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday);
	}
}

struct node {
	int v;
	TAILQ_ENTRY(node) tq;
	LIST_ENTRY(node) l;
	STAILQ_ENTRY(node) sq;
	SLIST_ENTRY(node) sl;
};
TAILQ_HEAD(tqhead, node);

/* The values along a list, as digits. */
#define WALK(buf, var, head, field, each)                                      \
	do {                                                                   \
		char *p_ = (buf);                                              \
		each(var, head, field) *p_++ = (char)('0' + (var)->v);         \
		*p_ = '\0';                                                    \
	} while (0)

static void lists(void)
{
	struct tqhead tq = TAILQ_HEAD_INITIALIZER(tq);
	LIST_HEAD(lhead, node) l = LIST_HEAD_INITIALIZER(l);
	STAILQ_HEAD(sqhead, node) sq = STAILQ_HEAD_INITIALIZER(sq);
	SLIST_HEAD(slhead, node) sl = SLIST_HEAD_INITIALIZER(sl);
	struct node n[6], *v;
	char buf[16], *p;

	for (int i = 0; i < 5; i++) {
		n[i].v = i;
		TAILQ_INSERT_TAIL(&tq, &n[i], tq);
		LIST_INSERT_HEAD(&l, &n[i], l);
		STAILQ_INSERT_TAIL(&sq, &n[i], sq);
		SLIST_INSERT_HEAD(&sl, &n[i], sl);
	}
	n[5].v = 9;
	TAILQ_REMOVE(&tq, &n[2], tq);
	TAILQ_INSERT_AFTER(&tq, &n[3], &n[5], tq);
	WALK(buf, v, &tq, tq, TAILQ_FOREACH);
	check(strcmp(buf, "01394") == 0, "TAILQ: %s", buf);
	p = buf;
	TAILQ_FOREACH_REVERSE(v, &tq, tqhead, tq)
	*p++ = (char)('0' + v->v);
	*p = '\0';
	check(strcmp(buf, "49310") == 0 && TAILQ_LAST(&tq, tqhead) == &n[4],
	      "TAILQ reversed: %s", buf);
	LIST_REMOVE(&n[0], l);
	WALK(buf, v, &l, l, LIST_FOREACH);
	check(strcmp(buf, "4321") == 0, "LIST: %s", buf);
	STAILQ_REMOVE_HEAD(&sq, sq);
	WALK(buf, v, &sq, sq, STAILQ_FOREACH);
	check(strcmp(buf, "1234") == 0, "STAILQ: %s", buf);
	SLIST_REMOVE(&sl, &n[3], node, sl);
	WALK(buf, v, &sl, sl, SLIST_FOREACH);
	check(strcmp(buf, "4210") == 0, "SLIST: %s", buf);
	check(!TAILQ_EMPTY(&tq) && SLIST_FIRST(&sl) == &n[4], "FIRST, EMPTY");
}

int main(void)
{
	parse_times();
	lists();
	check_done();
	return 0;
}
