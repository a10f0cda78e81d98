/*
 * The C runtime start: the kernel enters _start in ring 3 with the stack
 * laid out as the System V ABI has it (kernel/execargs.c): argc at esp,
 * then argv[] and its NULL, then envp[] and its NULL. We set environ and
 * call exit(main(argc, argv, envp)).
 */
	.section .text.start, "ax"
	.globl _start
_start:
	xorl %ebp, %ebp /* ends backtraces */
	movl (%esp), %ecx /* argc */
	leal 4(%esp), %eax /* argv */
	leal 8(%esp,%ecx,4), %edx /* envp: past argv's NULL */
	movl %edx, environ
	pushl %edx /* envp */
	pushl %eax /* argv */
	pushl %ecx /* argc */
	call main
	addl $12, %esp
	pushl %eax
	call exit
1:
	jmp 1b
