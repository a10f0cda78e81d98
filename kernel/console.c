/*
 * The console: every byte the kernel or a program writes goes to both the
 * serial port and the VGA screen. Input comes from the serial line and
 * the keyboard, and is edited here a line at a time: backspace erases,
 * ^U erases the line, ^D ends the input, ^C interrupts the foreground
 * process group (SIGINT) and ^Z stops it (SIGTSTP).
 *
 * The line editor is a top half: the drivers' deferred work feeds it,
 * with interrupts on, after their bottom halves took the bytes from the
 * hardware. console_read and the output side run in system calls.
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
static int noecho;  /* the line being typed is not shown (a password) */
static struct file async_cfg; /* O_ASYNC and owner, from the last fcntl */

/*
 * Writes one character to the screen and the serial line (where \n
 * becomes \r\n); may_sleep as for serial_write. Returns 0 or -EINTR.
 */
static int put(int c, int may_sleep)
{
	int r = 0;

	intr_push();
	vga_putc(c);
	intr_pop();
	if (c == '\b') {
		serial_write('\b', 0);
		serial_write(' ', 0);
		return serial_write('\b', 0);
	}
	if (c == '\n')
		r = serial_write('\r', may_sleep);
	return r < 0 ? r : serial_write(c, may_sleep);
}

/* Writes one character for the kernel; never sleeps (any context). */
void console_putc(int c)
{
	put(c, 0);
}

/* Writes n bytes of s for the kernel; never sleeps. */
void console_write(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		put(s[i], 0);
}

/*
 * Writes n bytes for a program (write on the console): may sleep while
 * the output queue is full. Returns n, the bytes written before the
 * process was killed, or -EINTR if none were.
 */
int console_write_user(const char *buf, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (put(buf[i], 1) < 0)
			return i > 0 ? (int)i : -EINTR;
	return (int)n;
}

/*
 * Handles one typed character: the keyboard's and the serial line's
 * deferred work call it, with interrupts on (never from a handler).
 */
void console_input(int c)
{
	if (c == '\r')
		c = '\n';
	if (c == CTRL('C')) {
		console_write("^C\n", 3);
		input.e = input.w;
		noecho = 0;
		proc_signal_group(fg_pgid, SIGINT);
	} else if (c == CTRL('Z')) {
		console_write("^Z\n", 3);
		input.e = input.w;
		noecho = 0;
		proc_signal_group(fg_pgid, SIGTSTP);
	} else if (c == CTRL('U')) {
		for (; input.e != input.w; input.e--)
			if (!noecho)
				console_putc('\b');
	} else if (c == '\b' || c == 0x7f) {
		if (input.e != input.w) {
			input.e--;
			if (!noecho)
				console_putc('\b');
		}
	} else if (c != 0 && input.e - input.r < INPUT_BUF) {
		input.buf[input.e++ % INPUT_BUF] = (char)c;
		if (c != CTRL('D') && (!noecho || c == '\n'))
			console_putc(c);
		if (c == '\n' || c == CTRL('D') ||
		    input.e - input.r == INPUT_BUF) {
			noecho = 0; /* for one line only */
			input.w = input.e;
			wakeup(&input.r);
			file_notify_input(&async_cfg); /* SIGIO, if asked */
		}
	}
}

/*
 * Does not echo what is typed until the end of the line (its newline is
 * shown): a password prompt's line. It turns itself off at the newline,
 * ^D, ^C or ^Z, so a program that dies meanwhile leaves no silent
 * console behind.
 */
void console_noecho(void)
{
	noecho = 1;
}

/*
 * Reads at most one line (up to n bytes), sleeping until one is complete.
 * Returns 0 at ^D on an empty line, or -EINTR if the caller was killed.
 */
int console_read(char *buf, uint32_t n)
{
	uint32_t i = 0;
	char c;

	/* Masked: the line editor runs from deferred work, which may come
	 * at the end of any interrupt. */
	intr_push();
	while (input.r == input.w) {
		if (proc_interrupted()) {
			intr_pop();
			return -EINTR;
		}
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
	intr_pop();
	return (int)i;
}

/*
 * fcntl set O_ASYNC or the owner on a console file: a completed input
 * line sends SIGIO as that file says (there is one console).
 */
void console_set_async(struct file *f)
{
	async_cfg.async = f->async;
	async_cfg.owner = f->owner;
}

/* Makes pgid the foreground group that ^C interrupts (0: none). */
void console_set_fg(int pgid)
{
	fg_pgid = pgid;
}

/* Returns the foreground process group, or 0 if there is none. */
int console_get_fg(void)
{
	return fg_pgid;
}

/* Turns on console input from COM1 and the keyboard. */
void console_init(void)
{
	serial_intr_init();
	kbd_init();
}
