/*
 * swtch(struct context **old, struct context *new): saves the callee-saved
 * registers on the current kernel stack, stores the stack pointer in *old,
 * switches to new's stack and pops its registers. The return address
 * pushed by the call is the saved eip. The user C library links this
 * same file for its threads' switch (user/lib/uthread.c).
 */
	.text
	.globl swtch
swtch:
	movl 4(%esp), %eax
	movl 8(%esp), %edx

	pushl %ebp
	pushl %ebx
	pushl %esi
	pushl %edi

	movl %esp, (%eax)
	movl %edx, %esp

	popl %edi
	popl %esi
	popl %ebx
	popl %ebp
	ret

/*
 * call_on_stack(fn, top): calls fn() with esp = top, then returns on the
 * old stack. Only selftest=kstack uses it, to overflow a guarded stack.
 */
	.globl call_on_stack
call_on_stack:
	pushl %ebp
	movl %esp, %ebp
	movl 8(%ebp), %eax
	movl 12(%ebp), %esp
	call *%eax
	movl %ebp, %esp
	popl %ebp
	ret
