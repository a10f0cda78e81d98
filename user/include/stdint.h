/*
 * The exact-width integer types and their limits: GCC's own definitions
 * (stdint-gcc.h), which suit i386. Having this file here means a hosted
 * compilation (without -ffreestanding) finds it instead of GCC's wrapper,
 * which would look for a C library's <stdint.h> after its own.
 */
#ifndef _STDINT_H
#define _STDINT_H

#include <stdint-gcc.h>

#endif
