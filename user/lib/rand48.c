/*
 * The 48-bit linear congruential generators of SVID and POSIX: each
 * step is X = (a X + c) mod 2^48 with a = 0x5DEECE66D and c = 0xB, so
 * a seed gives the same numbers as on any Unix. Built with the x87
 * (ULIBFPU) because drand48 and erand48 return doubles.
 */
#include <stdint.h>
#include <stdlib.h>

#define MASK48	 0xffffffffffffULL
#define SEED_LOW 0x330e /* the low 16 bits srand48 puts under its seed */

/* Before any seed, as in glibc (and so as programs tested there print):
 * all zero; SVID's documents 0x1234abcd330e. */
static unsigned short state[3];
static unsigned short mult[3] = {0xe66d, 0xdeec, 0x5};
static unsigned short addend = 0xb;

static uint64_t load(const unsigned short x[3])
{
	return x[0] | (uint64_t)x[1] << 16 | (uint64_t)x[2] << 32;
}

static void store(unsigned short x[3], uint64_t v)
{
	x[0] = (unsigned short)v;
	x[1] = (unsigned short)(v >> 16);
	x[2] = (unsigned short)(v >> 32);
}

/* One step on the state in x; the new 48-bit value. */
static uint64_t step(unsigned short x[3])
{
	uint64_t v = (load(mult) * load(x) + addend) & MASK48;

	store(x, v);
	return v;
}

/* [0, 1): the 48 bits as a fraction, exactly. */
double erand48(unsigned short x[3])
{
	return (double)step(x) / (double)(1ULL << 48);
}

double drand48(void)
{
	return erand48(state);
}

/* [0, 2^31): the high 31 bits. */
long nrand48(unsigned short x[3])
{
	return (long)(step(x) >> 17);
}

long lrand48(void)
{
	return nrand48(state);
}

/* [-2^31, 2^31): the high 32 bits, signed. */
long jrand48(unsigned short x[3])
{
	return (long)(int32_t)(uint32_t)(step(x) >> 16);
}

long mrand48(void)
{
	return jrand48(state);
}

void srand48(long seed)
{
	state[0] = SEED_LOW;
	state[1] = (unsigned short)seed;
	state[2] = (unsigned short)((unsigned long)seed >> 16);
	store(mult, 0x5deece66dULL);
	addend = 0xb;
}

/* Sets the state; returns the one before (in a static array). */
unsigned short *seed48(unsigned short seed[3])
{
	static unsigned short old[3];

	old[0] = state[0];
	old[1] = state[1];
	old[2] = state[2];
	state[0] = seed[0];
	state[1] = seed[1];
	state[2] = seed[2];
	store(mult, 0x5deece66dULL);
	addend = 0xb;
	return old;
}

/* Sets the state (p[0..2]), multiplier (p[3..5]) and addend (p[6]). */
void lcong48(unsigned short p[7])
{
	state[0] = p[0];
	state[1] = p[1];
	state[2] = p[2];
	mult[0] = p[3];
	mult[1] = p[4];
	mult[2] = p[5];
	addend = p[6];
}
