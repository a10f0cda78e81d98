/*
 * Pipes: a ring of PIPESIZE bytes (a power of two, one page) with
 * blocking readers and writers. Bytes go straight between the ring and
 * the program's memory, with copyin and copyout: no bounce buffer. A read
 * returns at end of file once every write end is closed; a write with no
 * reader left fails with EPIPE (file_write sends SIGPIPE). A write of at
 * most PIPE_BUF bytes goes in whole, never mixed with another writer's.
 * The pipe headers are a table of their own (a pipe needs two of the
 * NFILE open files, so NFILE / 2 of them are enough); the rings are pages.
 *
 * Readers sleep on &pi->nread, writers on &pi->nwrite: a writer that
 * fills the pipe wakes the readers only, not the other writers, which
 * would wake it back, and so on forever. Everything here runs in system
 * calls, with interrupts on; only the decision to sleep masks them.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "proc.h"
#include "vm.h"

#define NPIPE	  (NFILE / 2)
#define RING_MASK (PIPESIZE - 1)

struct pipe {
	char *ring;	    /* PIPESIZE bytes, a page; NULL: a free slot */
	uint32_t nread;	    /* bytes read, ever (wraps at 2^32) */
	uint32_t nwrite;    /* bytes written, ever; nwrite - nread are in */
	struct file *rfile; /* the read end: O_ASYNC lives there */
	int readopen;	    /* a read end is still open */
	int writeopen;	    /* a write end is still open */
};

_Static_assert((PIPESIZE & (PIPESIZE - 1)) == 0,
	       "the ring is indexed by a mask: PIPESIZE is a power of two");
_Static_assert(PIPESIZE <= 4096, "the ring is one page");
_Static_assert(PIPE_BUF <= PIPESIZE, "an atomic write must fit the pipe");

static struct pipe pipes[NPIPE];

/* Makes a pipe and its two file ends; 0 or -ENFILE/-ENOMEM. */
int pipe_alloc(struct file **rf, struct file **wf)
{
	struct pipe *pi;

	*rf = *wf = NULL;
	for (pi = pipes; pi < &pipes[NPIPE] && pi->ring; pi++)
		;
	if (pi == &pipes[NPIPE])
		return -ENFILE;
	if ((pi->ring = kalloc()) == NULL)
		return -ENOMEM;
	if ((*rf = file_alloc()) == NULL || (*wf = file_alloc()) == NULL) {
		if (*rf)
			file_close(*rf);
		kfree(pi->ring);
		pi->ring = NULL;
		return -ENFILE;
	}
	pi->nread = pi->nwrite = 0;
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
	if (!pi->readopen && !pi->writeopen) {
		kfree(pi->ring);
		pi->ring = NULL;
	}
}

/*
 * copyin from src, a user address if user, else a kernel one (selftest=
 * pipe moves kernel buffers through a pipe); 0 or -EFAULT.
 */
static inline int either_copyin(void *dst, int user, uint32_t src, uint32_t n)
{
	if (user)
		return copyin(dst, src, n);
	memcpy(dst, (const void *)src, n);
	return 0;
}

/* The other way: copyout to dst, a user address if user. */
static inline int either_copyout(int user, uint32_t dst, const void *src,
				 uint32_t n)
{
	if (user)
		return copyout(dst, src, n);
	memcpy((void *)dst, src, n);
	return 0;
}

/*
 * Copies n bytes from src (a user address, or a kernel one if !user) into
 * the ring after the bytes in it, in at most two pieces (the ring wraps).
 * Commits nothing: the caller moves nwrite. 0 or -EFAULT.
 */
static int ring_in(struct pipe *pi, int user, uint32_t src, uint32_t n)
{
	uint32_t off = pi->nwrite & RING_MASK;
	uint32_t first = n < PIPESIZE - off ? n : PIPESIZE - off;

	if (either_copyin(pi->ring + off, user, src, first) < 0)
		return -EFAULT;
	if (n > first &&
	    either_copyin(pi->ring, user, src + first, n - first) < 0)
		return -EFAULT;
	return 0;
}

/*
 * Copies the n oldest bytes of the ring out to dst (user or kernel, as
 * for ring_in). Returns how many it could store: n, or fewer if dst went
 * bad in the second piece, or -EFAULT if it was bad from the start. The
 * caller moves nread.
 */
static int ring_out(struct pipe *pi, int user, uint32_t dst, uint32_t n)
{
	uint32_t off = pi->nread & RING_MASK;
	uint32_t first = n < PIPESIZE - off ? n : PIPESIZE - off;

	if (either_copyout(user, dst, pi->ring + off, first) < 0)
		return -EFAULT;
	if (n > first &&
	    either_copyout(user, dst + first, pi->ring, n - first) < 0)
		return (int)first;
	return (int)n;
}

/*
 * Writes n bytes from src (a user address, or a kernel one if !user),
 * sleeping while the pipe is full, or not (-EAGAIN) with nonblock. If n
 * is at most PIPE_BUF, waits until all of it fits and writes it in one go.
 * Returns n, or the bytes written before a reader went away, the writer
 * got a signal or src went bad; if none were: -EPIPE, -EINTR, -EAGAIN or
 * -EFAULT.
 */
int pipe_write(struct pipe *pi, int user, uint32_t src, uint32_t n,
	       int nonblock)
{
	uint32_t done = 0, need = n <= PIPE_BUF ? n : 1, room, chunk;

	while (done < n) {
		room = PIPESIZE - (pi->nwrite - pi->nread);
		if (room < need && pi->readopen && !nonblock) {
			intr_push();
			while (pi->readopen && !proc_interrupted() &&
			       PIPESIZE - (pi->nwrite - pi->nread) < need)
				sleep(&pi->nwrite);
			intr_pop();
			room = PIPESIZE - (pi->nwrite - pi->nread);
		}
		if (!pi->readopen)
			return done > 0 ? (int)done : -EPIPE;
		if (room < need) /* a signal ended the wait, or nonblock */
			return done > 0	  ? (int)done
			       : nonblock ? -EAGAIN
					  : -EINTR;
		chunk = n - done < room ? n - done : room;
		if (ring_in(pi, user, src + done, chunk) < 0)
			return done > 0 ? (int)done : -EFAULT;
		pi->nwrite += chunk;
		done += chunk;
		wakeup(&pi->nread);
		if (pi->rfile && pi->rfile->async) /* SIGIO wanted */
			file_notify_input(pi->rfile);
	}
	return (int)n;
}

/*
 * Reads up to n bytes into dst (a user address, or a kernel one if
 * !user), sleeping while the pipe is empty and has writers (-EAGAIN
 * instead with nonblock). Returns the count, 0 at end of file, -EINTR
 * for a signal, or -EFAULT if dst is bad (the bytes stay in the pipe).
 */
int pipe_read(struct pipe *pi, int user, uint32_t dst, uint32_t n, int nonblock)
{
	uint32_t avail = pi->nwrite - pi->nread;
	int r;

	if (n == 0)
		return 0;
	if (avail == 0 && pi->writeopen) {
		if (nonblock)
			return -EAGAIN;
		intr_push();
		while (pi->nwrite == pi->nread && pi->writeopen &&
		       !proc_interrupted())
			sleep(&pi->nread);
		intr_pop();
		avail = pi->nwrite - pi->nread;
		if (avail == 0)
			return pi->writeopen ? -EINTR : 0;
	}
	if (avail == 0)
		return 0; /* end of file */
	if ((r = ring_out(pi, user, dst, n < avail ? n : avail)) > 0) {
		pi->nread += (uint32_t)r;
		wakeup(&pi->nwrite);
	}
	return r;
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
