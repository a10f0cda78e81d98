/*
 * The VGA text screen at 0xB8000: 80x25 cells, scrolling, and the hardware
 * cursor. Knows nothing of lines or input; console.c calls vga_putc.
 */
#include "defs.h"
#include "memlayout.h"
#include "x86.h"

#define VGA_MEM	       0xB8000
#define VGA_COLS       80
#define VGA_ROWS       25
#define VGA_ATTR       0x0700 /* light grey on black */
#define CRTC_INDEX     0x3d4
#define CRTC_DATA      0x3d5
#define CRTC_CURSOR_HI 14
#define CRTC_CURSOR_LO 15

static uint16_t *vga = (uint16_t *)P2V(VGA_MEM);
static int pos;

static void vga_cursor(void)
{
	outb(CRTC_INDEX, CRTC_CURSOR_HI);
	outb(CRTC_DATA, (uint8_t)(pos >> 8));
	outb(CRTC_INDEX, CRTC_CURSOR_LO);
	outb(CRTC_DATA, (uint8_t)pos);
}

/* Clears the screen. */
void vga_init(void)
{
	uint32_t *cell2 = (uint32_t *)vga; /* two cells a word */

	for (int i = 0; i < VGA_COLS * VGA_ROWS / 2; i++)
		cell2[i] = (VGA_ATTR | ' ') * 0x10001u;
	pos = 0;
	vga_cursor();
}

/* Puts one character at the cursor; handles \n, \r, \b, \t and scrolling. */
void vga_putc(int c)
{
	int i;

	c &= 0xff;
	if (c == '\n')
		pos += VGA_COLS - pos % VGA_COLS;
	else if (c == '\r')
		pos -= pos % VGA_COLS;
	else if (c == '\b') {
		if (pos % VGA_COLS > 0)
			vga[--pos] = VGA_ATTR | ' ';
	} else if (c == '\t') {
		do
			vga[pos++] = VGA_ATTR | ' ';
		while (pos % 8 != 0);
	} else
		vga[pos++] = (uint16_t)(VGA_ATTR | c);

	if (pos >= VGA_COLS * VGA_ROWS) {
		memmove(vga, vga + VGA_COLS,
			sizeof(vga[0]) * VGA_COLS * (VGA_ROWS - 1));
		for (i = 0; i < VGA_COLS; i++)
			vga[VGA_COLS * (VGA_ROWS - 1) + i] = VGA_ATTR | ' ';
		pos -= VGA_COLS;
	}
	vga_cursor();
}
