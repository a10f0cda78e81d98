/*
 * ioctl (user/lib/tty.c): kestrel has no ioctl call, so the C library
 * answers the few requests it can itself: TIOCGWINSZ gives the console's
 * 80x25 screen, TCGETS is tcgetattr, FIONBIO sets O_NONBLOCK with fcntl.
 * Any request on a descriptor that is not the console gives ENOTTY
 * (FIONBIO excepted); an unknown request on the console, EINVAL.
 */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

struct winsize {
	unsigned short ws_row;	  /* rows of characters */
	unsigned short ws_col;	  /* columns */
	unsigned short ws_xpixel; /* unknown: 0 */
	unsigned short ws_ypixel;
};

#define TCGETS	   0x5401
#define TCSETS	   0x5402
#define TIOCGPGRP  0x540F
#define TIOCSPGRP  0x5410
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define FIONREAD   0x541B
#define FIONBIO	   0x5421

int ioctl(int fd, unsigned long request, ...);

#endif
