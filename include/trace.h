/*
 * The system-call tracer's types: how to show a call (the table that
 * tools/mksyscalls.py generates into build/kernel/tracetab.c) and what a
 * traced process keeps between a call's entry and its return. trace.c
 * owns both; proc.h holds a struct tracestate in every process.
 */
#ifndef TRACE_H
#define TRACE_H

#include <stdint.h>
#include "param.h"

/* How an argument or a result is shown (the rules: tools/syscalls.tbl). */
enum trace_kind {
	TA_INT,	      /* a signed number, in decimal */
	TA_UINT,      /* an unsigned number, in decimal */
	TA_HEX,	      /* an address, in hex (NULL for 0) */
	TA_STR,	      /* a string, quoted, its first TRACE_STRMAX bytes */
	TA_INBUF,     /* the bytes the call reads, as many as the next arg */
	TA_OUTBUF,    /* the bytes the call wrote, as many as its result */
	TA_ARGV,      /* a NULL-terminated array of strings */
	TA_ENVP,      /* the same, shown as a count (strace's way) */
	TA_INTS,      /* an array of n ints the call wrote */
	TA_SIG,	      /* a signal number, by name */
	TA_OFLAG,     /* open's flags, by name */
	TA_WOPTIONS,  /* waitpid's options, by name */
	TA_WSTATUS,   /* a wait status the call wrote */
	TA_SIGHOW,    /* sigprocmask's how, by name */
	TA_FCNTLCMD,  /* fcntl's command, by name */
	TA_MODE,      /* file permission bits, in octal; after open's flags,
		       * only with O_CREAT (otherwise open ignores it) */
	TA_SIGSET,    /* a signal set the call reads */
	TA_OUTSIGSET, /* a signal set the call wrote */
	TA_NORETURN,  /* a result that never comes (_exit): "?" */
};

struct trace_arg {
	uint8_t kind; /* enum trace_kind */
	uint8_t n;    /* TA_INTS: how many */
};

/* One call's entry in trace_table: built from its prototype. */
struct trace_desc {
	const char *name; /* the stub's name, as a program calls it */
	uint8_t result;	  /* enum trace_kind: TA_INT, TA_HEX, TA_NORETURN */
	uint8_t nargs;
	struct trace_arg arg[MAXSYSARGS];
};

extern const struct trace_desc trace_table[];

/*
 * A process's tracing: the flags of the trace call, and the call under
 * way. The arguments that point into user memory the call reads (strings,
 * in-buffers, argv) are shown as they were at the entry, kept in text:
 * execv replaces the memory they were in, and a call may change it.
 */
struct tracestate {
	int flags;		    /* TRACE_ON, TRACE_CHILDREN; 0: off */
	uint32_t call;		    /* the call traced at its entry, or 0 */
	uint32_t arg[MAXSYSARGS];   /* its arguments */
	uint16_t start[MAXSYSARGS]; /* where each one's text is in text */
	uint16_t end[MAXSYSARGS];   /* ... and where it ends */
	char text[TRACE_TEXT];	    /* the entry-time texts */
};

#endif
