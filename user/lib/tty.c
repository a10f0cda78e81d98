/*
 * The terminal: isatty, ttyname, the termios calls and ioctl. The one
 * terminal is the console, whose line editor (kernel/console.c) has no
 * settings a program can change, so these report it and refuse changes
 * (<termios.h>, <sys/ioctl.h>).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#define CONSOLE_ROWS 25 /* the VGA text screen */
#define CONSOLE_COLS 80

/* 1 if fd is the console; else 0 with errno EBADF or ENOTTY. */
int isatty(int fd)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return 0;
	if (!S_ISCHR(st.st_mode)) {
		errno = ENOTTY;
		return 0;
	}
	return 1;
}

/* The console's name if fd is the console; else NULL with errno. */
char *ttyname(int fd)
{
	static char name[] = "/dev/console";

	return isatty(fd) ? name : NULL;
}

/* ttyname into buf: 0, or the error number (ERANGE if buf is short). */
int ttyname_r(int fd, char *buf, size_t n)
{
	int saved = errno, err;
	char *name = ttyname(fd);

	if (name == NULL) {
		err = errno;
		errno = saved;
		return err;
	}
	if (strlen(name) >= n)
		return ERANGE;
	strcpy(buf, name);
	return 0;
}

/* The console's fixed settings (see <termios.h>). */
static void console_settings(struct termios *t)
{
	memset(t, 0, sizeof(*t));
	t->c_iflag = ICRNL;
	t->c_oflag = OPOST | ONLCR;
	t->c_cflag = CS8 | CREAD;
	t->c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK;
	t->c_cc[VINTR] = 'C' & 0x1f;
	t->c_cc[VERASE] = 0x7f;
	t->c_cc[VKILL] = 'U' & 0x1f;
	t->c_cc[VEOF] = 'D' & 0x1f;
	t->c_cc[VSUSP] = 'Z' & 0x1f;
	t->c_cc[VMIN] = 1;
	t->c_ispeed = t->c_ospeed = B115200;
}

/* The console's settings in *t; -1 with ENOTTY for other descriptors. */
int tcgetattr(int fd, struct termios *t)
{
	if (!isatty(fd))
		return -1;
	console_settings(t);
	return 0;
}

/*
 * Accepts only the settings the console has (the flags, the special
 * characters that mean something to it, and the speeds): 0, or -1 with
 * EINVAL for any change, ENOTTY for a descriptor that is not a terminal.
 */
int tcsetattr(int fd, int when, const struct termios *t)
{
	static const int used[] = {VINTR, VERASE, VKILL, VEOF, VSUSP};
	struct termios cur;

	if (tcgetattr(fd, &cur) < 0)
		return -1;
	if (when < TCSANOW || when > TCSAFLUSH || t->c_iflag != cur.c_iflag ||
	    t->c_oflag != cur.c_oflag || t->c_cflag != cur.c_cflag ||
	    t->c_lflag != cur.c_lflag || t->c_ispeed != cur.c_ispeed ||
	    t->c_ospeed != cur.c_ospeed) {
		errno = EINVAL;
		return -1;
	}
	for (unsigned i = 0; i < sizeof(used) / sizeof(used[0]); i++) {
		if (t->c_cc[used[i]] != cur.c_cc[used[i]]) {
			errno = EINVAL;
			return -1;
		}
	}
	return 0;
}

/* Raw mode, as the BSDs and glibc define it, in *t only. */
void cfmakeraw(struct termios *t)
{
	t->c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR |
			ICRNL | IXON);
	t->c_oflag &= ~OPOST;
	t->c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	t->c_cflag &= ~(CSIZE | PARENB);
	t->c_cflag |= CS8;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_ospeed;
}

speed_t cfgetispeed(const struct termios *t)
{
	return t->c_ispeed;
}

/* A speed is one of the B constants; anything else is EINVAL. */
static int valid_speed(speed_t s)
{
	return s <= B38400 || s == B57600 || s == B115200;
}

int cfsetospeed(struct termios *t, speed_t speed)
{
	if (!valid_speed(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ospeed = speed;
	return 0;
}

int cfsetispeed(struct termios *t, speed_t speed)
{
	if (!valid_speed(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ispeed = speed;
	return 0;
}

int cfsetspeed(struct termios *t, speed_t speed)
{
	if (cfsetospeed(t, speed) < 0)
		return -1;
	return cfsetispeed(t, speed);
}

/* Console output is written by the call that made it: nothing waits. */
int tcdrain(int fd)
{
	return isatty(fd) ? 0 : -1;
}

int tcflush(int fd, int queue)
{
	if (!isatty(fd))
		return -1;
	if (queue < TCIFLUSH || queue > TCIOFLUSH) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int tcflow(int fd, int action)
{
	if (!isatty(fd))
		return -1;
	if (action < TCOOFF || action > TCION) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int tcsendbreak(int fd, int duration)
{
	(void)duration;
	return isatty(fd) ? 0 : -1;
}

/* FIONBIO: non-blocking I/O on or off, through fcntl. */
static int set_nonblock(int fd, const int *on)
{
	int fl = fcntl(fd, F_GETFL, 0);

	if (fl < 0)
		return -1;
	fl = *on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK;
	return fcntl(fd, F_SETFL, fl) < 0 ? -1 : 0;
}

/* See <sys/ioctl.h>: the requests the library can answer itself. */
int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, request);
	arg = va_arg(ap, void *);
	va_end(ap);
	if (request == FIONBIO)
		return set_nonblock(fd, arg);
	if (!isatty(fd))
		return -1;
	switch (request) {
	case TIOCGWINSZ: {
		struct winsize *ws = arg;

		memset(ws, 0, sizeof(*ws));
		ws->ws_row = CONSOLE_ROWS;
		ws->ws_col = CONSOLE_COLS;
		return 0;
	}
	case TCGETS:
		return tcgetattr(fd, arg);
	case TCSETS:
		return tcsetattr(fd, TCSANOW, arg);
	default:
		errno = EINVAL;
		return -1;
	}
}
