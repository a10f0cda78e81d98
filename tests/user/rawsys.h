/*
 * Raw system calls for the user tests: int $0x40 without the C library,
 * so a test sees the kernel's own result (-errno) and can pass any number
 * or value. Also the addresses the bad-pointer tests share.
 */
#ifndef RAWSYS_H
#define RAWSYS_H

#include <stdint.h>
#include <unistd.h>
#include <memlayout.h>
#include <syscall.h>

#define PAGE_SIZE     4096
#define KERNEL_ADDR   0xC0100000u /* kernel text: supervisor-only */
#define UNMAPPED_ADDR 0x40000000u /* never mapped under paging */
#define WRAP_ADDR     0xFFFFFFF0u /* addr + a few bytes wraps past 2^32 */

/*
 * int $0x40 with eax = n and the arguments pushed as for a cdecl call; the
 * pushed 0 stands where the stub's return address would be, so the first
 * argument is at esp+4. Returns eax: >= 0, or -errno.
 */
static inline int raw_syscall3(int n, uint32_t a, uint32_t b, uint32_t c)
{
	int r = n;

	__asm__ volatile("pushl %3\n\t"
			 "pushl %2\n\t"
			 "pushl %1\n\t"
			 "pushl $0\n\t"
			 "int $0x40\n\t"
			 "addl $16, %%esp"
			 : "+a"(r)
			 : "ri"(a), "ri"(b), "ri"(c)
			 : "memory", "cc");
	return r;
}

static inline int raw_syscall0(int n)
{
	return raw_syscall3(n, 0, 0, 0);
}

static inline int raw_syscall1(int n, uint32_t a)
{
	return raw_syscall3(n, a, 0, 0);
}

static inline int raw_syscall2(int n, uint32_t a, uint32_t b)
{
	return raw_syscall3(n, a, b, 0);
}

/*
 * int $0x40 with eax = n and esp = sp: the kernel must find the arguments
 * at sp+4. The caller's esp is kept in a static (not on the stack) and
 * restored afterwards, so a kernel that wrongly returns lets the test
 * report it. Returns eax.
 */
static uint32_t rawsys_saved_esp;

static inline int raw_syscall_sp(int n, uint32_t sp)
{
	int r = n;

	__asm__ volatile("movl %%esp, %[save]\n\t"
			 "movl %[sp], %%esp\n\t"
			 "int $0x40\n\t"
			 "movl %[save], %%esp"
			 : "+a"(r), [save] "+m"(rawsys_saved_esp)
			 : [sp] "r"(sp)
			 : "memory", "cc");
	return r;
}

/*
 * Makes the program break page aligned, with at least one heap page below
 * it, and returns it. Under paging the byte before it is the last mapped
 * heap byte and the break itself is the first byte of an unmapped page.
 * Call it after the first printf, so stdio has set itself up, and do not
 * allocate afterwards.
 */
static inline char *heap_edge(void)
{
	uintptr_t b;

	sbrk(PAGE_SIZE);
	b = (uintptr_t)sbrk(0);
	if (b % PAGE_SIZE != 0)
		sbrk(PAGE_SIZE - b % PAGE_SIZE);
	return (char *)sbrk(0);
}

/* An address the compiler cannot see through, so it emits the access. */
static inline void *opaque_ptr(uintptr_t addr)
{
	volatile uintptr_t v = addr;

	return (void *)v;
}

#endif
