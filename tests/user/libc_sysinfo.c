// What a program can learn of the system and its terminal: uname,
// sysconf and pathconf, times and getrusage from the process's ticks,
// the fixed resource limits (setrlimit accepts only them), the console
// as a cooked terminal of 80x25 (tcsetattr refuses raw mode: EINVAL;
// a pipe is not a terminal: ENOTTY), access, realpath, gethostname.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include "check.h"

static void system_names(void)
{
	struct utsname u;
	char host[HOST_NAME_MAX + 1];

	check(uname(&u) == 0 && strcmp(u.sysname, "kestrel") == 0 &&
		      strcmp(u.machine, "i686") == 0 && u.release[0] != '\0',
	      "uname: %s %s %s", u.sysname, u.release, u.machine);
	check(gethostname(host, sizeof(host)) == 0 &&
		      strcmp(host, u.nodename) == 0,
	      "gethostname is uname's nodename: %s", host);
	check(sysconf(_SC_PAGESIZE) == 4096 && getpagesize() == 4096,
	      "page size 4096");
	check(sysconf(_SC_OPEN_MAX) == OPEN_MAX && sysconf(_SC_CLK_TCK) > 0 &&
		      sysconf(_SC_NPROCESSORS_ONLN) == 1,
	      "sysconf: OPEN_MAX, CLK_TCK %ld, one processor",
	      sysconf(_SC_CLK_TCK));
	errno = 0;
	check(sysconf(-5) == -1 && errno == EINVAL, "sysconf(-5): EINVAL");
	check(pathconf("/", _PC_NAME_MAX) == NAME_MAX &&
		      pathconf("/", _PC_PATH_MAX) == PATH_MAX,
	      "pathconf NAME_MAX, PATH_MAX");
	errno = 0;
	check(pathconf("/none", _PC_NAME_MAX) == -1 && errno == ENOENT,
	      "pathconf of a missing path: ENOENT");
}

static void process_times(void)
{
	struct tms t;
	struct rusage ru;
	clock_t start = times(&t), now;
	int st;
	volatile unsigned sink = 0;

	check(start != (clock_t)-1 && t.tms_cutime == 0,
	      "times: %ld ticks since boot", (long)start);
	do {
		for (int i = 0; i < 100000; i++)
			sink += i;
		now = times(&t);
	} while (now - start < sysconf(_SC_CLK_TCK) / 5);
	check(t.tms_utime + t.tms_stime > 0,
	      "a 0.2 s busy loop is charged (%ld user, %ld kernel ticks)",
	      (long)t.tms_utime, (long)t.tms_stime);
	check(getrusage(RUSAGE_SELF, &ru) == 0 &&
		      ru.ru_utime.tv_sec * 1000000L + ru.ru_utime.tv_usec > 0 &&
		      ru.ru_utime.tv_usec < 1000000,
	      "getrusage: user time %ld.%06ld s", (long)ru.ru_utime.tv_sec,
	      (long)ru.ru_utime.tv_usec);
	check(getrusage(RUSAGE_CHILDREN, &ru) == 0 && ru.ru_utime.tv_sec == 0,
	      "getrusage of children: zeros");
	check_err("getrusage(5)", getrusage(5, &ru), EINVAL);
	ru.ru_nvcsw = 99;
	if (fork() == 0)
		_exit(3);
	check(wait3(&st, 0, &ru) > 0 && WEXITSTATUS(st) == 3 &&
		      ru.ru_nvcsw == 0,
	      "wait3: the status, and a zeroed rusage");
}

static void limits(void)
{
	struct rlimit rl;

	check(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur == OPEN_MAX &&
		      rl.rlim_max == OPEN_MAX,
	      "RLIMIT_NOFILE is OPEN_MAX");
	check_ok("setrlimit to the same", setrlimit(RLIMIT_NOFILE, &rl));
	rl.rlim_cur = rl.rlim_max = OPEN_MAX + 1;
	check_err("setrlimit raising", setrlimit(RLIMIT_NOFILE, &rl), EPERM);
	rl.rlim_cur = rl.rlim_max = 4;
	check_err("setrlimit lowering", setrlimit(RLIMIT_NOFILE, &rl), EINVAL);
	check(getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur >= 4096 &&
		      rl.rlim_cur != RLIM_INFINITY,
	      "RLIMIT_STACK %lu", (unsigned long)rl.rlim_cur);
	check(getrlimit(RLIMIT_CORE, &rl) == 0 && rl.rlim_cur == 0,
	      "RLIMIT_CORE 0");
	check_ok("setrlimit CORE 0", setrlimit(RLIMIT_CORE, &rl));
	check_err("getrlimit(99)", getrlimit(99, &rl), EINVAL);
	errno = 0;
	check(getpriority(PRIO_PROCESS, 0) == 0 && errno == 0 && nice(0) == 0,
	      "priority 0");
	check_err("nice(5)", nice(5), EACCES);
}

static void terminal(void)
{
	struct termios t, raw;
	struct winsize ws;
	int fds[2];

	check(isatty(1) == 1, "standard output is the console");
	check(tcgetattr(1, &t) == 0 && (t.c_lflag & ICANON) &&
		      (t.c_lflag & ECHO) && cfgetospeed(&t) == B115200,
	      "tcgetattr: canonical, echo, 115200");
	check_ok("tcsetattr with the same settings", tcsetattr(1, TCSANOW, &t));
	raw = t;
	cfmakeraw(&raw);
	check(!(raw.c_lflag & (ICANON | ECHO)), "cfmakeraw clears ICANON ECHO");
	check_err("tcsetattr raw", tcsetattr(1, TCSAFLUSH, &raw), EINVAL);
	check(ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row == 25 &&
		      ws.ws_col == 80,
	      "TIOCGWINSZ: 80x25");
	check(pipe(fds) == 0, "pipe");
	errno = 0;
	check(isatty(fds[0]) == 0 && errno == ENOTTY, "a pipe: not a tty");
	check_err("tcgetattr on a pipe", tcgetattr(fds[0], &t), ENOTTY);
	check_err("TIOCGWINSZ on a pipe", ioctl(fds[1], TIOCGWINSZ, &ws),
		  ENOTTY);
	errno = 0;
	check(isatty(12) == 0 && errno == EBADF, "isatty(closed): EBADF");
	close(fds[0]);
	close(fds[1]);
	check(ttyname(1) != NULL && ttyname(fds[0]) == NULL, "ttyname");
}

static void paths(void)
{
	char buf[PATH_MAX];

	check_ok("access /bin/sh X_OK", access("/bin/sh", X_OK));
	check_ok("access /etc/motd R_OK", access("/etc/motd", R_OK | F_OK));
	check_err("access of a missing file", access("/etc/none", F_OK),
		  ENOENT);
	check(realpath("/etc/../bin//./sh", buf) != NULL &&
		      strcmp(buf, "/bin/sh") == 0,
	      "realpath /etc/../bin//./sh: %s", buf);
	chdir("/etc");
	check(realpath("motd", buf) != NULL && strcmp(buf, "/etc/motd") == 0,
	      "realpath of a relative path: %s", buf);
	check(realpath("..", buf) != NULL && strcmp(buf, "/") == 0,
	      "realpath ..: %s", buf);
	errno = 0;
	check(realpath("nothere", buf) == NULL && errno == ENOENT,
	      "realpath of a missing file: ENOENT");
	check_err("readlink of a file", (int)readlink("motd", buf, 10), EINVAL);
}

int main(void)
{
	system_names();
	process_times();
	limits();
	terminal();
	paths();
	check_done();
	return 0;
}
