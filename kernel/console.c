/*
 * The console: every byte the kernel or a program writes goes to both the
 * serial port and the VGA screen. Input comes from the serial line and
 * the keyboard, and is edited here a line at a time: backspace erases,
 * ^U erases the line, ^D ends the input, ^C interrupts the foreground
 * process group.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "proc.h"

#define CTRL(c) ((c) - '@')

static struct {
	char buf[INPUT_BUF];
	uint32_t r; /* next byte to read */
	uint32_t w; /* end of the completed lines */
	uint32_t e; /* end of the line being edited */
} input;
static int fg_pgid; /* ^C goes to this process group */

/* Writes one character to serial and screen; \n becomes \r\n on serial. */
void console_putc(int c)
{
	if (c == '\b') {
		serial_putc('\b');
		serial_putc(' ');
		serial_putc('\b');
		vga_putc('\b');
		return;
	}
	if (c == '\n')
		serial_putc('\r');
	serial_putc(c);
	vga_putc(c);
}

/* Writes n bytes of s. */
void console_write(const char *s, size_t n)
{
	size_t i;

	intr_push();
	for (i = 0; i < n; i++)
		console_putc(s[i]);
	intr_pop();
}

/* Handles one typed character; called from the keyboard and serial IRQs. */
void console_input(int c)
{
	if (c == '\r')
		c = '\n';
	if (c == CTRL('C')) {
		console_write("^C\n", 3);
		input.e = input.w;
		proc_signal_group(fg_pgid, SIGINT);
	} else if (c == CTRL('U')) {
		for (; input.e != input.w; input.e--)
			console_putc('\b');
	} else if (c == '\b' || c == 0x7f) {
		if (input.e != input.w) {
			input.e--;
			console_putc('\b');
		}
	} else if (c != 0 && input.e - input.r < INPUT_BUF) {
		input.buf[input.e++ % INPUT_BUF] = (char)c;
		if (c != CTRL('D'))
			console_putc(c);
		if (c == '\n' || c == CTRL('D') ||
		    input.e - input.r == INPUT_BUF) {
			input.w = input.e;
			wakeup(&input.r);
		}
	}
}

/*
 * Reads at most one line (up to n bytes), sleeping until one is complete.
 * Returns 0 at ^D on an empty line, or -EINTR if the caller was killed.
 */
int console_read(char *buf, uint32_t n)
{
	uint32_t i = 0;
	char c;

	while (input.r == input.w) {
		if (curproc->killsig)
			return -EINTR;
		sleep(&input.r);
	}
	while (i < n && input.r != input.w) {
		c = input.buf[input.r++ % INPUT_BUF];
		if (c == CTRL('D')) {
			/* After some bytes, keep the ^D: the next read
			 * returns 0. */
			if (i > 0)
				input.r--;
			break;
		}
		buf[i++] = c;
		if (c == '\n')
			break;
	}
	return (int)i;
}

/* Makes pgid the foreground group that ^C interrupts. */
void console_set_fg(int pgid)
{
	fg_pgid = pgid;
}

/* Turns on console input from COM1 and the keyboard. */
void console_init(void)
{
	serial_intr_init();
	kbd_init();
}
