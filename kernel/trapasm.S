/*
 * The common trap entry and exit. Every vector's stub (the generated
 * build/kernel/vectors.S) has pushed an error code and the vector number;
 * alltraps saves the rest of struct trapframe, switches to kernel data
 * segments, calls trap(tf), and trapret undoes it all and leaves with
 * iret, the only way back to ring 3. The CPU entered through an interrupt
 * gate, so interrupts are off throughout.
 */
#include "mmu.h"

	.text
	.globl alltraps
alltraps:
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
	movw %ax, %fs
	movw %ax, %gs

	/* trap(tf): the frame is passed by pointer, never by value. */
	pushl %esp
	call trap
	addl $4, %esp

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
