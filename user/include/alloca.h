/* alloca: memory in the caller's stack frame, freed when it returns. */
#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <stddef.h>

#define alloca(n) __builtin_alloca(n)

#endif
