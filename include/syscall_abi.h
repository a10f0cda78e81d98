/*
 * The system call convention: the contract for anyone who writes user code
 * in assembly. The numbers are in syscall.h, generated from the one list
 * in tools/syscalls.tbl together with the kernel's table and user stubs.
 *
 *   eax      = the call number, SYS_* (syscall.h)
 *   stack    = the arguments, as for a cdecl call: when int $T_SYSCALL
 *              runs, the first is at esp+4, the second at esp+8, ...
 *              (esp+0 is the return address of the stub that a C caller
 *              called)
 *   int $T_SYSCALL  (0x40, traps.h: the only IDT gate with DPL 3)
 *   eax      = the result: >= 0 on success, -errno on failure (a value in
 *              [-4095, -1]; kestrel/errno.h); other registers are kept
 *
 * The kernel reads the arguments from the user stack with copyin, so a
 * stack pointer that points at kernel or unmapped memory, or arguments
 * that run off the end of valid memory, kill the caller with SIGSEGV. An
 * unknown number returns -ENOSYS. A bad pointer argument returns -EFAULT.
 * User addresses are below USER_TOP (memlayout.h); everything from there
 * up belongs to the kernel.
 */
#ifndef SYSCALL_ABI_H
#define SYSCALL_ABI_H

#include "syscall.h"
#include "traps.h"

#endif
