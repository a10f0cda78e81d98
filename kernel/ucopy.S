/*
 * ucopy(dst, src, n): copies n bytes between the kernel and the user
 * memory of the running process under paging, where a user address is
 * one the CPU translates through the process's page tables (copyin and
 * copyout in vm.c check the range first and call it). Returns 0, or
 * -EFAULT if a page of the range is not the user's to touch. A page fault
 * between ucopy_begin and ucopy_end goes to vm_kernel_fault (vm.c): the
 * memory model may resolve it (a copy-on-write page written, the stack
 * grown), and the interrupted rep movs goes on where it stopped; else
 * the fault resumes at ucopy_fault, which returns -EFAULT.
 */
#include "kestrel/errno.h"

	.text
	.globl ucopy, ucopy_begin, ucopy_end, ucopy_fault
ucopy:
	pushl %esi
	pushl %edi
	movl 12(%esp), %edi
	movl 16(%esp), %esi
	movl 20(%esp), %ecx
	movl %ecx, %edx
	shrl $2, %ecx
	andl $3, %edx
ucopy_begin:
	rep movsl
	movl %edx, %ecx
	rep movsb
ucopy_end:
	xorl %eax, %eax
	popl %edi
	popl %esi
	ret
ucopy_fault:
	movl $-EFAULT, %eax
	popl %edi
	popl %esi
	ret
