// Grows the heap with sbrk until ENOMEM, gives it all back with negative sbrk (every frame returns), and a fresh allocation works and reads as zeros.
// expect: exit 0
// expect-output: ^sbrk: grew the heap by \d+ KiB before ENOMEM$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 90
//
// Under paging the heap takes every free frame; under base and bound it
// stops where its range cannot grow in place or move (see mm_frag_*).
// Every page is written with a pattern before it is given back, so a
// fresh page that still held it would show that freed memory leaks from
// one allocation to the next.
#include <kestrel.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define PAGE	4096
#define PATTERN 0xa5a5a5a5u
#define FRESH	(1024 * 1024)

/* Grows by step until sbrk fails; returns the bytes gained. */
static uint32_t grow(uint32_t step, int *err)
{
	uint32_t got = 0;

	while (sbrk((intptr_t)step) != (void *)-1)
		got += step;
	*err = errno;
	return got;
}

/* Writes the pattern into every page of [lo, hi). */
static void scribble(uintptr_t lo, uintptr_t hi)
{
	for (uintptr_t a = (lo + PAGE - 1) & ~(uintptr_t)(PAGE - 1); a < hi;
	     a += PAGE)
		*(volatile uint32_t *)a = PATTERN;
}

/* With memory gone, fork fails cleanly (or works, and nothing leaks). */
static void fork_when_full(void)
{
	struct meminfo m0, m1;
	int pid, st;

	meminfo(&m0);
	pid = fork();
	if (pid == 0)
		_exit(0);
	if (pid > 0)
		waitpid(pid, &st, 0);
	else
		check(errno == ENOMEM || errno == EAGAIN,
		      "fork with the memory gone: %s", errname(errno));
	meminfo(&m1);
	check(m1.free_frames == m0.free_frames,
	      "fork %s and kept no frame (%u -> %u)",
	      pid > 0 ? "worked" : "failed", m0.free_frames, m1.free_frames);
}

/* A fresh megabyte: it must come, and hold only zeros. */
static void fresh(void)
{
	volatile uint32_t *p = sbrk(FRESH);
	uint32_t bad = 0;

	if (!check(p != (void *)-1, "sbrk(1 MiB) works after the give-back"))
		return;
	for (uint32_t i = 0; i < FRESH / 4; i++)
		bad += p[i] != 0;
	check(bad == 0, "the fresh megabyte reads as zeros (%u words not)",
	      bad);
	sbrk(-FRESH);
}

int main(void)
{
	struct meminfo before, full, after;
	uintptr_t start, top;
	uint32_t got, tables;
	int err;

	printf("sbrk: starting\n");
	start = (uintptr_t)sbrk(0);
	meminfo(&before);
	got = grow(1024 * 1024, &err);
	got += grow(PAGE, &err);
	top = (uintptr_t)sbrk(0);
	printf("sbrk: grew the heap by %u KiB before ENOMEM\n", got / 1024);
	check(err == ENOMEM, "the last sbrk failed with ENOMEM: %s",
	      errname(err));
	check(top - start == got, "the break moved by exactly that much");
	check(got >= 16u * 1024 * 1024, "at least 16 MiB came (128 MiB RAM)");
	meminfo(&full);
	printf("sbrk: %u frames free when full (%u before)\n", full.free_frames,
	       before.free_frames);
	if (before.mm == MM_PAGING)
		check(full.free_frames < 64,
		      "paging: the heap took nearly all");
	scribble(start, top);
	fork_when_full();
	check_err("sbrk(INT_MIN)", (int)(intptr_t)sbrk((intptr_t)INT32_MIN),
		  EINVAL);
	check(sbrk(-(intptr_t)got) == (void *)top,
	      "sbrk(-all) returns the top");
	check((uintptr_t)sbrk(0) == start, "the break is back at the start");
	meminfo(&after);
	/* Paging keeps the page tables it made until the process exits:
	 * one per 4 MiB of heap, at most. */
	tables = before.mm == MM_PAGING ? got / (4u << 20) + 2 : 0;
	printf("sbrk: %u frames free after the give-back (%u before)\n",
	       after.free_frames, before.free_frames);
	check(after.free_frames <= before.free_frames &&
		      after.free_frames + tables >= before.free_frames,
	      "every heap frame came back (%u page tables may stay)", tables);
	fresh();
	meminfo(&after);
	check(after.free_frames <= before.free_frames &&
		      after.free_frames + tables >= before.free_frames,
	      "and again after the fresh megabyte: %u", after.free_frames);
	return check_done();
}
