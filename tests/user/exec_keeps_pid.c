// execv keeps the pid, the parent and the open descriptors.
// expect: exit 0
// expect-output: ^after exec: pid, ppid and fd 5 kept$
// expect-output: ^parent: child exited with status 0$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF "/test/exec_keeps_pid"

/* After the exec: argv[2..3] hold the pid and ppid from before it. */
static int after_exec(char **argv)
{
	int ok = 1;

	check(getpid() == atoi(argv[2]), "getpid() %d after exec, %s before",
	      getpid(), argv[2]);
	check(getppid() == atoi(argv[3]), "getppid() %d after exec, %s before",
	      getppid(), argv[3]);
	ok = check(write(5, "kept", 4) == 4, "fd 5 still writes to the pipe");
	if (check_done() == 0 && ok)
		printf("after exec: pid, ppid and fd 5 kept\n");
	return check_nfail ? 1 : 0;
}

int main(int argc, char **argv)
{
	int fds[2], pid, st = -1;
	char buf[8] = {0};

	if (argc == 4 && strcmp(argv[1], "child") == 0)
		return after_exec(argv);
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		char p[12], pp[12];
		char *av[] = {SELF, "child", p, pp, NULL};

		snprintf(p, sizeof(p), "%d", getpid());
		snprintf(pp, sizeof(pp), "%d", getppid());
		dup2(fds[1], 5);
		close(fds[0]);
		close(fds[1]);
		execv(SELF, av);
		printf("FAIL: execv: %s\n", errname(errno));
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[1]);
	check(waitpid(pid, &st, 0) == pid, "waitpid returns the child");
	printf("parent: child exited with status %d\n",
	       WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child exited with 0");
	check(read(fds[0], buf, sizeof(buf)) == 4 &&
		      memcmp(buf, "kept", 4) == 0,
	      "the pipe received \"kept\" from the exec'ed program");
	return check_done();
}
