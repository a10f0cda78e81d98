/*
 * Reloading the segment registers after lgdt: data segments by moves, the
 * code segment by a far jump. Called once from gdt_init.
 */
#include "mmu.h"

	.text
	.globl gdt_reload_segments
gdt_reload_segments:
	movw $SEL_KDATA, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	movw %ax, %fs
	movw %ax, %gs
	ljmp $SEL_KCODE, $1f
1:
	ret
