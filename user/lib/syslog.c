/* syslog to standard error, there being no log daemon (<syslog.h>). */
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

static const char *log_ident; /* openlog's ident, or NULL: the program's */
static int log_option;	      /* LOG_PID, ... */
static int log_mask = 0xff;   /* priorities let through */

void openlog(const char *ident, int option, int facility)
{
	(void)facility;
	log_ident = ident;
	log_option = option;
}

void closelog(void)
{
	log_ident = NULL;
	log_option = 0;
}

/* Sets the mask of priorities logged (LOG_MASK, LOG_UPTO); 0 leaves it.
 * Returns the mask before. */
int setlogmask(int mask)
{
	int old = log_mask;

	if (mask != 0)
		log_mask = mask;
	return old;
}

/* One line on standard error: "ident[pid]: message". */
void vsyslog(int priority, const char *fmt, va_list ap)
{
	char msg[512];
	const char *ident = log_ident;

	if (!(log_mask & LOG_MASK(LOG_PRI(priority))))
		return;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (ident == NULL)
		ident = getprogname();
	if (log_option & LOG_PID)
		dprintf(STDERR_FILENO, "%s[%d]: %s\n", ident, getpid(), msg);
	else
		dprintf(STDERR_FILENO, "%s: %s\n", ident, msg);
}

void syslog(int priority, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(priority, fmt, ap);
	va_end(ap);
}
