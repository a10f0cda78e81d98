/* arc4random: numbers no program can predict from the last ones it
 * saw, for games and salts (not for keys: the seed is guessable). */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

/* The next of a 64-bit generator (xorshift*) seeded, at first use, from
 * the cycle counter and the pid. */
__UINT32_TYPE__ arc4random(void)
{
	static uint64_t s;

	if (s == 0) {
		uint32_t lo, hi;

		__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
		s = ((uint64_t)hi << 32 | lo) ^ ((uint64_t)getpid() << 40) ^
		    0x9e3779b97f4a7c15ULL;
		if (s == 0)
			s = 1;
	}
	s ^= s >> 12;
	s ^= s << 25;
	s ^= s >> 27;
	return (uint32_t)((s * 0x2545f4914f6cdd1dULL) >> 32);
}

/* Rejects the values below 2^32 mod bound, so every result is as likely. */
__UINT32_TYPE__ arc4random_uniform(__UINT32_TYPE__ bound)
{
	uint32_t r, min;

	if (bound < 2)
		return 0;
	min = -bound % bound;
	do
		r = arc4random();
	while (r < min);
	return r % bound;
}
