/*
 * The common trap entry and exit. Every vector's stub (the generated
 * build/kernel/vectors.S) has pushed an error code and the vector number;
 * alltraps saves the rest of struct trapframe, switches to kernel data
 * segments, calls trap(tf), and trapret undoes it all and leaves with
 * iret, the only way back to ring 3. The system call vector's stub jumps
 * to syscall_entry instead, which builds the same frame the same way but
 * calls syscall_trap(tf): system calls are the most frequent trap by far,
 * and this spares them a test of the vector. The CPU entered through an
 * interrupt gate, so interrupts are off until the C code turns them on.
 */
#include "mmu.h"
#include "traps.h"

/*
 * Saves the rest of struct trapframe below what the stub pushed, loads
 * the kernel's data segment for C, and leaves the frame's address in eax
 * (trap and syscall_trap are regparm(1): the frame by pointer, in eax).
 * fs and gs keep the program's selectors: the kernel never uses them,
 * trapret reloads them, and a program can only hold harmless ones
 * (trap_user_selector_ok).
 */
.macro SAVE_FRAME
	/* The C code assumes string instructions count up: a program may
	   have set the direction flag. */
	cld
	pushl %ds
	pushl %es
	pushl %fs
	pushl %gs
	pushal
	movw $SEL_KDATA, %ax
	movw %ax, %ds
	movw %ax, %es
	movl %esp, %eax
.endm

	.text
	.globl alltraps
alltraps:
	SAVE_FRAME
	call trap
	jmp trapret

	.globl syscall_entry
syscall_entry:
	SAVE_FRAME
	call syscall_trap

	.globl trapret
trapret:
	popal
	popl %gs
	popl %fs
	popl %es
	popl %ds
	addl $8, %esp /* the vector number and the error code */
	iret

/*
 * The handler of T_BENCH (open to ring 3 only with the boot option bench):
 * back to the caller at once, without a trap frame, so that /bin/bench
 * measures the CPU's ring switch alone. The interrupt gate cleared IF and
 * iret restores the caller's eflags; no register is touched.
 */
	.globl bench_iret
bench_iret:
	iret
