/*
 * Pipes: a ring buffer in one page, with blocking readers and writers.
 * A read returns at end of file once every write end is closed; a write
 * with no reader left fails with EPIPE (file_write sends SIGPIPE). A
 * write of at most PIPE_BUF bytes goes in whole, never mixed with another
 * writer's.
 *
 * Readers sleep on &pi->nread, writers on &pi->nwrite: a writer that
 * fills the pipe wakes the readers only, not the other writers, which
 * would wake it back, and so on forever. Everything here runs in system
 * calls, with interrupts on; only sleep needs them masked.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "proc.h"

struct pipe {
	uint32_t rpos;	    /* where the next byte is read, < PIPESIZE */
	uint32_t count;	    /* bytes in the pipe, <= PIPESIZE */
	uint32_t nread;	    /* bytes read, ever (wraps; a statistic) */
	uint32_t nwrite;    /* bytes written, ever (wraps; a statistic) */
	struct file *rfile; /* the read end: O_ASYNC lives there */
	int readopen;	    /* a read end is still open */
	int writeopen;	    /* a write end is still open */
	char data[PIPESIZE];
};

_Static_assert(sizeof(struct pipe) <= 4096, "struct pipe must fit a page");

_Static_assert(PIPE_BUF <= PIPESIZE, "an atomic write must fit the pipe");

/* Makes a pipe and its two file ends; 0 or -ENFILE/-ENOMEM. */
int pipe_alloc(struct file **rf, struct file **wf)
{
	struct pipe *pi;

	*rf = *wf = NULL;
	if ((pi = kalloc()) == NULL)
		return -ENOMEM;
	if ((*rf = file_alloc()) == NULL || (*wf = file_alloc()) == NULL) {
		if (*rf)
			file_close(*rf);
		kfree(pi);
		return -ENFILE;
	}
	pi->readopen = pi->writeopen = 1;
	pi->rfile = *rf;
	(*rf)->type = (*wf)->type = FD_PIPE;
	(*rf)->pipe = (*wf)->pipe = pi;
	(*rf)->readable = 1;
	(*wf)->writable = 1;
	return 0;
}

/* Closes one end; frees the pipe when both are closed. */
void pipe_close(struct pipe *pi, int writable)
{
	if (writable) {
		pi->writeopen = 0;
		file_notify_input(pi->rfile); /* end of file is input too */
		wakeup(&pi->nread);	      /* readers see end of file */
	} else {
		pi->readopen = 0;
		pi->rfile = NULL;
		wakeup(&pi->nwrite); /* writers see EPIPE */
	}
	if (!pi->readopen && !pi->writeopen)
		kfree(pi);
}

/* Copies up to n bytes of buf in; returns how many fit. */
static uint32_t put(struct pipe *pi, const char *buf, uint32_t n)
{
	uint32_t i;

	for (i = 0; i < n && pi->count < PIPESIZE; i++, pi->count++)
		pi->data[(pi->rpos + pi->count) % PIPESIZE] = buf[i];
	pi->nwrite += i;
	return i;
}

/*
 * Writes all n bytes of buf, sleeping while the pipe is full. If n is at
 * most PIPE_BUF, waits until all of it fits and writes it in one go.
 * Returns n, the bytes written before a reader went away or the writer
 * got a signal, or -EPIPE / -EINTR if none were.
 */
int pipe_write(struct pipe *pi, const char *buf, uint32_t n, int atomic)
{
	uint32_t done = 0, need;

	while (done < n) {
		intr_push();
		need = atomic ? n - done : 1;
		while (pi->readopen && !proc_interrupted() &&
		       PIPESIZE - pi->count < need)
			sleep(&pi->nwrite);
		intr_pop();
		if (!pi->readopen)
			return done > 0 ? (int)done : -EPIPE;
		if (PIPESIZE - pi->count < need) /* a signal ended the wait */
			return done > 0 ? (int)done : -EINTR;
		done += put(pi, buf + done, n - done);
		wakeup(&pi->nread);
		file_notify_input(pi->rfile);
	}
	return (int)n;
}

/* Returns nonzero if a read would not block: data, or no writer left. */
int pipe_ready(struct pipe *pi)
{
	return pi->count > 0 || !pi->writeopen;
}

/*
 * Reads up to n bytes, sleeping while the pipe is empty and has writers
 * (-EAGAIN instead with nonblock: O_NONBLOCK).
 */
int pipe_read(struct pipe *pi, char *buf, uint32_t n, int nonblock)
{
	uint32_t i;

	if (nonblock && pi->count == 0 && pi->writeopen)
		return -EAGAIN;
	intr_push();
	while (pi->count == 0 && pi->writeopen && !proc_interrupted())
		sleep(&pi->nread);
	intr_pop();
	if (pi->count == 0 && pi->writeopen)
		return -EINTR; /* killed */
	for (i = 0; i < n && pi->count > 0; i++) {
		buf[i] = pi->data[pi->rpos];
		pi->rpos = (pi->rpos + 1) % PIPESIZE;
		pi->count--;
	}
	pi->nread += i;
	wakeup(&pi->nwrite);
	return (int)i;
}

/*
 * For selftest=pipe: sets the byte counters of a new, empty pipe as if
 * start bytes had already gone through, so the test can cross their
 * wrap at 2^32 without moving 4 GiB.
 */
void pipe_test_set_counters(struct pipe *pi, uint32_t start)
{
	pi->nread = pi->nwrite = start;
}
