/*
 * Pipes: a ring buffer in one page, with blocking readers and writers.
 * A read returns at end of file once every write end is closed; a write
 * with no reader left fails with EPIPE (no SIGPIPE yet).
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "proc.h"

struct pipe {
	uint32_t nread;	 /* bytes read, ever */
	uint32_t nwrite; /* bytes written, ever */
	int readopen;	 /* a read end is still open */
	int writeopen;	 /* a write end is still open */
	char data[PIPESIZE];
};

_Static_assert(sizeof(struct pipe) <= 4096, "struct pipe must fit a page");

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
	(*rf)->type = (*wf)->type = FD_PIPE;
	(*rf)->pipe = (*wf)->pipe = pi;
	(*rf)->readable = 1;
	(*wf)->writable = 1;
	return 0;
}

/* Closes one end; frees the pipe when both are closed. */
void pipe_close(struct pipe *pi, int writable)
{
	if (writable)
		pi->writeopen = 0;
	else
		pi->readopen = 0;
	wakeup(pi);
	if (!pi->readopen && !pi->writeopen)
		kfree(pi);
}

/* Writes all n bytes of buf, sleeping while the pipe is full. */
int pipe_write(struct pipe *pi, const char *buf, uint32_t n)
{
	uint32_t i = 0;

	while (i < n) {
		if (!pi->readopen)
			return i > 0 ? (int)i : -EPIPE;
		if (curproc->killsig)
			return i > 0 ? (int)i : -EINTR;
		if (pi->nwrite - pi->nread == PIPESIZE) {
			wakeup(pi);
			sleep(pi);
			continue;
		}
		pi->data[pi->nwrite++ % PIPESIZE] = buf[i++];
	}
	wakeup(pi);
	return (int)n;
}

/* Returns nonzero if a read would not block: data, or no writer left. */
int pipe_ready(struct pipe *pi)
{
	return pi->nread != pi->nwrite || !pi->writeopen;
}

/* Reads up to n bytes, sleeping while the pipe is empty and has writers. */
int pipe_read(struct pipe *pi, char *buf, uint32_t n)
{
	uint32_t i;

	while (pi->nread == pi->nwrite && pi->writeopen) {
		if (curproc->killsig)
			return -EINTR;
		sleep(pi);
	}
	for (i = 0; i < n && pi->nread != pi->nwrite; i++)
		buf[i] = pi->data[pi->nread++ % PIPESIZE];
	wakeup(pi);
	return (int)i;
}
