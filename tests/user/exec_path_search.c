// execvp and execlp look for a name in PATH, POSIX's way: in order, past directories without it and files that cannot run (EACCES is kept and reported if nothing runs, ENOENT if nothing is found), an empty entry for the current directory, /bin without PATH; a name with a '/' is not looked up.
// disk: yes
// expect: exit 0
// expect-output: ^child: ran as prog$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define SELF "/test/exec_path_search"

/* Copies file from to to with mode; 0 or -1. */
static int copy(const char *from, const char *to, int mode)
{
	char buf[4096];
	int in = open(from, O_RDONLY), out, n, r = 0;

	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode);
	if (in < 0 || out < 0)
		return -1;
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n)
			r = -1;
	close(in);
	close(out);
	return n < 0 ? -1 : r;
}

/* Runs execvp(name) (execlp if list) in a child with PATH path (NULL:
 * unset); returns its exit status, or 200 + errno if the exec failed. */
static int try(const char *path, const char *name, int list)
{
	char *av[] = {(char *)name, "child", NULL};
	int pid = fork(), st = -1;

	if (pid == 0) {
		if (path)
			setenv("PATH", path, 1);
		else
			unsetenv("PATH");
		if (list)
			execlp(name, name, "child", (char *)NULL);
		else
			execvp(name, av);
		_exit(200 + errno);
	}
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		printf("child: ran as %s\n", argv[0]);
		return 0;
	}
	check(mkdir("/tmp/p1", 0755) == 0 && mkdir("/tmp/p2", 0755) == 0,
	      "made /tmp/p1 and /tmp/p2");
	check(copy(SELF, "/tmp/p1/prog", 0644) == 0, "a prog that cannot run");
	check(copy(SELF, "/tmp/p2/prog", 0755) == 0, "a prog that can");
	check(try("/nowhere:/tmp/p1:/tmp/p2", "prog", 0) == 0,
	      "execvp goes on past ENOENT and EACCES to the one that runs");
	check(try("/tmp/p2:/tmp/p1", "prog", 1) == 0,
	      "execlp takes the first that runs");
	check(try("/nowhere:/tmp/p1:/alsonot", "prog", 0) == 200 + EACCES,
	      "only a file that cannot run: EACCES");
	check(try("/nowhere:/alsonot", "prog", 0) == 200 + ENOENT,
	      "nothing found: ENOENT");
	check(try("/tmp/p2", "/tmp/p1/prog", 0) == 200 + EACCES,
	      "a name with '/' is not looked up in PATH");
	check(try("/tmp/p2", "", 0) == 200 + ENOENT, "an empty name: ENOENT");
	check(try(NULL, "true", 0) == 0, "without PATH, /bin is searched");
	check(chdir("/tmp/p2") == 0, "chdir /tmp/p2");
	check(try("/nowhere:", "prog", 0) == 0,
	      "an empty entry (at the end) is the current directory");
	check(try(":/nowhere", "prog", 1) == 0,
	      "an empty entry (at the start) is the current directory");
	check(try("/nowhere", "prog", 0) == 200 + ENOENT,
	      "without an empty entry the current directory is not searched");
	return check_done();
}
