/*
 * The exact-width integer types and their limits: GCC's own definitions
 * (stdint-gcc.h), which suit i386. Having this file here means a hosted
 * compilation (without -ffreestanding) finds it instead of GCC's wrapper,
 * which would look for a C library's <stdint.h> after its own.
 */
#ifndef _STDINT_H
#define _STDINT_H

#include <stdint-gcc.h>

/* The limits of the compiler's wchar_t and wint_t, and of sig_atomic_t. */
#ifndef WCHAR_MIN
#define WCHAR_MIN __WCHAR_MIN__
#define WCHAR_MAX __WCHAR_MAX__
#endif
#define WINT_MIN       __WINT_MIN__
#define WINT_MAX       __WINT_MAX__
#define SIG_ATOMIC_MIN __SIG_ATOMIC_MIN__
#define SIG_ATOMIC_MAX __SIG_ATOMIC_MAX__

#endif
