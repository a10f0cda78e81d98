/*
 * The console: every byte the kernel or a program writes goes to both the
 * serial port and the VGA screen. Input and line editing come later.
 */
#include "defs.h"

/* Writes one character to serial and screen; \n becomes \r\n on serial. */
void cons_putc(int c)
{
	if (c == '\n')
		serial_putc('\r');
	serial_putc(c);
	vga_putc(c);
}

/* Writes n bytes of s. */
void cons_write(const char *s, size_t n)
{
	size_t i;

	intr_push();
	for (i = 0; i < n; i++)
		cons_putc(s[i]);
	intr_pop();
}
