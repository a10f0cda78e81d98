/*
 * The C runtime start: the kernel enters _start in ring 3 with the stack
 * laid out as for a cdecl call _start(argc, argv) (a fake return address
 * at esp, argc at esp+4, argv at esp+8). We call exit(main(argc, argv)).
 */
	.section .text.start, "ax"
	.globl _start
_start:
	xorl %ebp, %ebp /* ends backtraces */
	movl 8(%esp), %eax
	movl 4(%esp), %ecx
	pushl %eax /* argv */
	pushl %ecx /* argc */
	call main
	addl $8, %esp
	pushl %eax
	call exit
1:
	jmp 1b
