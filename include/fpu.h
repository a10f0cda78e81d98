/*
 * Each process's floating-point state (x87 and SSE registers), which
 * kernel/fpu.c switches lazily (its functions are in defs.h); the layout
 * is the upcall ABI's struct kfpstate, since signal frames carry it to
 * the program.
 */
#ifndef FPU_H
#define FPU_H

#include <stdint.h>
#include "kestrel/signal.h"

/* fnsave's image (no fxsave): in the first 108 bytes of a kfpstate. */
struct fnsave_area {
	uint32_t fcw; /* the low 16 bits of each of these three */
	uint32_t fsw;
	uint32_t ftw;
	uint32_t fip;
	uint32_t fcs_fop;
	uint32_t fdp;
	uint32_t fds;
	uint8_t st[8][10]; /* st(0) .. st(7), packed */
};

/* One process's saved registers: fxsave's or fnsave's layout. */
union fpustate {
	struct kfpstate fx;
	struct fnsave_area fn;
	uint8_t bytes[FPSTATE_SIZE];
};

#endif
