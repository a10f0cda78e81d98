/* The basic POSIX types for kestrel's user programs (all 32 bits wide). */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef int pid_t;
typedef int ssize_t;

#endif
