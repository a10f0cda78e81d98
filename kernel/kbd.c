/*
 * The PS/2 keyboard: scan code set 1 to ASCII, with shift and control.
 * The bottom half (kbd_intr, masked) only queues the scan codes; the top
 * half (kbd_work, deferred, interrupts on) translates them and hands the
 * characters to the console's line editor.
 */
#include "defs.h"
#include "ring.h"
#include "trapframe.h"
#include "traps.h"
#include "x86.h"

#define KBD_DATA     0x60
#define KBD_STATUS   0x64
#define KBD_HAS_DATA 0x01
#define SC_RELEASE   0x80
#define SC_LSHIFT    0x2a
#define SC_RSHIFT    0x36
#define SC_CTRL	     0x1d
#define SC_ESCAPE    0xe0

static const char normal[] =
	"\0\0331234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`"
	"\0\\zxcvbnm,./\0*\0 ";
static const char shifted[] =
	"\0\033!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~"
	"\0|ZXCVBNM<>?\0*\0 ";
static int shift, ctrl, escaped; /* the top half's state */
static struct ring scancodes;
static void kbd_work(void);
static struct deferred kbd_deferred = {kbd_work, "keyboard", 0, NULL};

/* Translates one scan code; returns a character, or 0 for none. */
static int translate(uint8_t sc)
{
	int c = 0;

	if (sc == SC_ESCAPE) {
		escaped = 1;
		return 0;
	}
	if ((sc & ~SC_RELEASE) == SC_LSHIFT || (sc & ~SC_RELEASE) == SC_RSHIFT)
		shift = !(sc & SC_RELEASE);
	else if ((sc & ~SC_RELEASE) == SC_CTRL)
		ctrl = !(sc & SC_RELEASE);
	else if (!(sc & SC_RELEASE) && !escaped && sc < sizeof(normal) - 1) {
		c = (shift ? shifted : normal)[sc];
		if (ctrl && c >= 'a' && c <= 'z')
			c -= 'a' - 1;
	}
	escaped = 0;
	return c;
}

/* Top half: turns the queued scan codes into characters for the console. */
static void kbd_work(void)
{
	int sc, c;

	while ((sc = ring_get(&scancodes)) >= 0)
		if ((c = translate((uint8_t)sc)) != 0)
			console_input(c);
}

/* The bottom half, masked: takes the scan codes from the controller. */
static void kbd_intr(struct trapframe *tf)
{
	(void)tf;
	while (inb(KBD_STATUS) & KBD_HAS_DATA)
		ring_put(&scancodes, inb(KBD_DATA));
	defer_schedule(&kbd_deferred);
}

/* Registers the keyboard interrupt. */
void kbd_init(void)
{
	irq_register(IRQ_KBD, kbd_intr, "keyboard");
}
