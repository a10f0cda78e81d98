/*
 * The virtual memory map shared by the kernel, the boot code and user
 * programs. User addresses lie in [0, USER_TOP); the kernel owns the rest.
 */
#ifndef MEMLAYOUT_H
#define MEMLAYOUT_H

/* Physical memory appears at KERNBASE in every address space. */
#define KERNBASE 0xC0000000
/* The kernel is loaded at 1 MiB physical, linked at KERNBASE + 1 MiB. */
#define KERNLINK (KERNBASE + 0x100000)
/* Physical memory beyond this is not used (512 MiB). */
#define PHYSTOP 0x20000000

/* Kernel stacks live in guarded windows from here (kernel/kstack.c). */
#define KSTACK_BASE 0xFF800000
#define KSTACK_END  0xFFC00000

/* Everything below USER_TOP may belong to a user program. */
#define USER_TOP KERNBASE
/* User programs are linked at USER_TEXT; page 0 is never mapped. */
#define USER_TEXT 0x1000
/* The user stack: USTACK_SIZE bytes below its top (USER_TOP under paging). */
#define USTACK_SIZE (64 * 1024)

#ifndef __ASSEMBLER__
#include <stdint.h>
#define V2P(a) ((uint32_t)(a)-KERNBASE)
#define P2V(a) ((void *)((uint32_t)(a) + KERNBASE))
#endif
#define V2P_WO(a) ((a)-KERNBASE)

#endif
