/*
 * setjmp/longjmp and sigsetjmp/siglongjmp. A jmp_buf holds the callee-
 * saved registers, the stack pointer the caller will have after the
 * return, and the return address: jumping back is restoring them and
 * returning again. A sigjmp_buf adds whether the mask was saved, and the
 * mask, which siglongjmp puts back (a handler may jump out this way).
 */
	.text

/* Saves ebx esi edi ebp, esp after the return, and the return address
   in the buffer at eax. */
	.macro save_regs
	movl %ebx, 0(%eax)
	movl %esi, 4(%eax)
	movl %edi, 8(%eax)
	movl %ebp, 12(%eax)
	leal 4(%esp), %ecx
	movl %ecx, 16(%eax)
	movl (%esp), %ecx
	movl %ecx, 20(%eax)
	.endm

/* Restores from the buffer at edx and returns eax (1 if it was 0). */
	.macro jump_back
	testl %eax, %eax
	jnz 1f
	incl %eax
1:	movl 0(%edx), %ebx
	movl 4(%edx), %esi
	movl 8(%edx), %edi
	movl 12(%edx), %ebp
	movl 16(%edx), %esp
	jmp *20(%edx)
	.endm

	.globl setjmp
	.type setjmp, @function
setjmp:
	movl 4(%esp), %eax
	save_regs
	xorl %eax, %eax
	ret

	.globl longjmp
	.type longjmp, @function
longjmp:
	movl 4(%esp), %edx
	movl 8(%esp), %eax
	jump_back

	.globl sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	movl 4(%esp), %eax
	save_regs
	movl 8(%esp), %ecx
	movl %ecx, 24(%eax)		/* savemask */
	testl %ecx, %ecx
	jz 2f
	leal 28(%eax), %ecx
	pushl %ecx			/* oldset: the buffer's mask word */
	pushl $0			/* set: none, only read it */
	pushl $0			/* how */
	call sigprocmask
	addl $12, %esp
2:	xorl %eax, %eax
	ret

	.globl siglongjmp
	.type siglongjmp, @function
siglongjmp:
	movl 4(%esp), %edx
	cmpl $0, 24(%edx)
	je 3f
	pushl $0			/* oldset */
	leal 28(%edx), %ecx
	pushl %ecx			/* set: the saved mask */
	pushl $2			/* SIG_SETMASK */
	call sigprocmask
	addl $12, %esp
	movl 4(%esp), %edx
3:	movl 8(%esp), %eax
	jump_back
