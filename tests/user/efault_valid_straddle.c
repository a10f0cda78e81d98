// Good buffers crossing a page boundary work for every system call.
// expect: exit 0
// expect-output: ^child: echo from a straddling argv$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <kestrel.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

/* Four pages, so there are three page boundaries to put things across. */
static char area[4 * 4096] __attribute__((aligned(4096)));
#define B1 (area + 4096)
#define B2 (area + 2 * 4096)
#define B3 (area + 3 * 4096)

/* The child: execv with the argv array, argv[1] and the path each
 * crossing a boundary. */
static void exec_across(void)
{
	char **av = (char **)(B1 - 8); /* av[0], av[1] | av[2] */
	static const char msg[] = "child: echo from a straddling argv";

	av[0] = "echo";
	av[1] = B2 - 10;
	av[2] = NULL;
	memcpy(B2 - 10, msg, sizeof(msg));
	strcpy(B3 - 4, "/bin/echo");
	execv(B3 - 4, av);
	_exit(127);
}

int main(void)
{
	int fd, pid, st = -1, *ip;
	char buf[32];

	strcpy(B1 - 5, "/bin/hello");
	fd = open(B1 - 5, O_RDONLY);
	check(fd >= 0, "open of a path crossing the boundary");
	check(read(fd, B2 - 2, 4) == 4 && memcmp(B2 - 2, "\177ELF", 4) == 0,
	      "read into a buffer crossing the boundary");
	close(fd);

	ip = (int *)(B1 - 4); /* fds[0] before, fds[1] after the boundary */
	check(pipe(ip) == 0 && ip[0] >= 3 && ip[1] >= 3,
	      "pipe into fds crossing the boundary");
	memcpy(B3 - 3, "abcdef", 6);
	check(write(ip[1], B3 - 3, 6) == 6 && read(ip[0], buf, 6) == 6 &&
		      memcmp(buf, "abcdef", 6) == 0,
	      "write from a buffer crossing the boundary");
	close(ip[0]);
	close(ip[1]);

	check(meminfo((struct meminfo *)(B2 - 6)) == 0 &&
		      ((struct meminfo *)(B2 - 6))->nproc_max == 64,
	      "meminfo into a struct crossing the boundary");

	pid = fork();
	if (pid == 0)
		exec_across();
	check(waitpid(pid, (int *)(B3 - 1), 0) == pid,
	      "waitpid into a status crossing the boundary");
	memcpy(&st, B3 - 1, sizeof(st));
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "echo exited with 0");
	return check_done();
}
