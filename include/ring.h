/*
 * A byte ring between an interrupt handler (the bottom half, which puts)
 * and the code that runs later with interrupts on (which gets). The size
 * is a power of two, so the free-running indices may wrap at 2^32.
 */
#ifndef RING_H
#define RING_H

#include <stdint.h>
#include "defs.h"

#define RING_SIZE 256

struct ring {
	uint8_t buf[RING_SIZE];
	uint32_t r;	  /* bytes taken out, ever */
	uint32_t w;	  /* bytes put in, ever */
	uint32_t dropped; /* bytes that found the ring full */
};

_Static_assert((RING_SIZE & (RING_SIZE - 1)) == 0, "a power of two");

/* Puts c in the ring, or counts it dropped. Interrupts must be off. */
static inline void ring_put(struct ring *q, uint8_t c)
{
	if (q->w - q->r == RING_SIZE) {
		q->dropped++;
		return;
	}
	q->buf[q->w++ % RING_SIZE] = c;
}

/* Takes the oldest byte out; returns it, or -1 if the ring is empty. */
static inline int ring_get(struct ring *q)
{
	int c = -1;

	intr_push();
	if (q->r != q->w)
		c = q->buf[q->r++ % RING_SIZE];
	intr_pop();
	return c;
}

#endif
