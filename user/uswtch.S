/*
 * uswtch(struct uswtch_frame **old, struct uswtch_frame *new): the user
 * thread switch (user/lib/uthread.c), the same code as the kernel's swtch
 * (kernel/swtch.S): saves the callee-saved registers on the current
 * thread's stack, stores the stack pointer in *old, switches to new's
 * stack and pops its registers. The return address pushed by the call is
 * the saved eip; the caller-saved ones the C caller has saved itself.
 */
	.text
	.globl uswtch
	.type uswtch, @function
uswtch:
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
