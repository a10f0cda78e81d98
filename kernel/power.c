/*
 * Stopping the machine. Under QEMU the isa-debug-exit device ends QEMU
 * with status (code << 1) | 1, which is how tests see a panic; elsewhere
 * we try ACPI power-off on QEMU's PIIX4, then halt for good.
 */
#include "defs.h"
#include "x86.h"

#define DEBUG_EXIT_PORT 0xf4   /* -device isa-debug-exit,iobase=0xf4 */
#define PIIX4_PM1A_CNT	0x604  /* QEMU's ACPI PM1a control block */
#define PM1_SLP_EN_S5	0x2000 /* sleep enable, type S5 (off) */

/* Stops the machine; code is EXIT_OK or EXIT_PANIC. Never returns. */
void power_off(int code)
{
	serial_flush(); /* queued output first: QEMU exits at once */
	cli();
	outl(DEBUG_EXIT_PORT, (uint32_t)code);
	outw(PIIX4_PM1A_CNT, PM1_SLP_EN_S5);
	for (;;)
		hlt();
}
