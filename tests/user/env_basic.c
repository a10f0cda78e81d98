// The environment: init's PATH and HOME arrive in environ and the third argument of main; getenv, setenv, unsetenv and putenv at their edges; fork and execv pass the environment on; execve gives exactly the envp it is given, a string of it crossing a page boundary; sysconf reports the limits.
// expect: exit 0
// expect-output: ^child: FOO=after BIG=\d+ PATH=/bin$
// expect-output: ^child: 2 strings: \[A=1\] \[CROSS=x{100}\]$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define SELF "/test/env_basic"

/* A page of its own, to put an environment string across its end. */
static char page[2 * 4096] __attribute__((aligned(4096)));

/* Runs SELF with argv[1] = mode, through execv or execve; its status. */
static int run(const char *mode, char *const *envp)
{
	char *av[] = {SELF, (char *)mode, NULL};
	int pid = fork(), st = -1;

	if (pid == 0) {
		if (envp)
			execve(SELF, av, envp);
		else
			execv(SELF, av);
		printf("FAIL: exec: %s\n", errname(errno));
		_exit(100);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The child that execv started: the parent's changes arrived. */
static int child_inherit(void)
{
	const char *big = getenv("BIG");

	printf("child: FOO=%s BIG=%zu PATH=%s\n", getenv("FOO"),
	       big ? strlen(big) : 0, getenv("PATH"));
	return strcmp(getenv("FOO"), "after") == 0 && getenv("GONE") == NULL &&
			       big && strlen(big) == 5000
		       ? 0
		       : 1;
}

/* The child that execve started: exactly its envp, main's third argument
 * the same as environ. */
static int child_exact(char **envp)
{
	int n = 0;

	while (environ[n] != NULL)
		n++;
	printf("child: %d strings:", n);
	for (int i = 0; i < n; i++)
		printf(" [%s]", environ[i]);
	printf("\n");
	return envp == environ && n == 2 && getenv("PATH") == NULL ? 0 : 1;
}

static void edges(void)
{
	check(getenv("PATH") && strcmp(getenv("PATH"), "/bin") == 0,
	      "init gave PATH=/bin");
	check(getenv("HOME") && strcmp(getenv("HOME"), "/") == 0,
	      "init gave HOME=/");
	check(getenv("") == NULL && getenv("PATH=") == NULL,
	      "getenv of an empty name or one with '=' finds nothing");
	check_err("setenv(\"A=B\", ...)", setenv("A=B", "x", 1), EINVAL);
	check_err("setenv(\"\", ...)", setenv("", "x", 1), EINVAL);
	check_err("setenv(NULL, ...)", setenv(NULL, "x", 1), EINVAL);
	check_err("unsetenv(\"A=B\")", unsetenv("A=B"), EINVAL);
	check_err("unsetenv(\"\")", unsetenv(""), EINVAL);
	check(unsetenv("NOT_THERE") == 0, "unsetenv of an absent name: 0");
	check(setenv("FOO", "before", 0) == 0 &&
		      strcmp(getenv("FOO"), "before") == 0,
	      "setenv of a new name, overwrite 0, sets it");
	check(setenv("FOO", "other", 0) == 0 &&
		      strcmp(getenv("FOO"), "before") == 0,
	      "setenv with overwrite 0 leaves it");
	check(setenv("FOO", "after", 1) == 0 &&
		      strcmp(getenv("FOO"), "after") == 0,
	      "setenv with overwrite 1 replaces it");
	check(setenv("FO", "short", 1) == 0 &&
		      strcmp(getenv("FOO"), "after") == 0 &&
		      strcmp(getenv("FO"), "short") == 0,
	      "FO and FOO are different names");
	check(setenv("EMPTY", "", 1) == 0 && getenv("EMPTY") &&
		      *getenv("EMPTY") == 0,
	      "an empty value is set, not unset");
	check(putenv("GONE=1") == 0 && strcmp(getenv("GONE"), "1") == 0,
	      "putenv sets");
	check(unsetenv("GONE") == 0 && getenv("GONE") == NULL,
	      "unsetenv removes");
	check_err("putenv(\"NOEQUALS\")", putenv("NOEQUALS"), EINVAL);
	check(sysconf(_SC_ARG_MAX) == ARG_MAX && ARG_MAX >= 131072,
	      "sysconf(_SC_ARG_MAX) = ARG_MAX = %ld", sysconf(_SC_ARG_MAX));
	check(sysconf(_SC_OPEN_MAX) == OPEN_MAX && OPEN_MAX >= 64 &&
		      getdtablesize() == OPEN_MAX,
	      "sysconf(_SC_OPEN_MAX) = getdtablesize() = OPEN_MAX = %ld",
	      sysconf(_SC_OPEN_MAX));
	check_err("sysconf(-1)", (int)sysconf(-1), EINVAL);
}

int main(int argc, char **argv, char **envp)
{
	static char big[5001];
	char *cross = page + 4096 - 50, *exact[] = {"A=1", cross, NULL};
	int pid, st = -1;

	if (argc > 1 && strcmp(argv[1], "inherit") == 0)
		return child_inherit();
	if (argc > 1 && strcmp(argv[1], "exact") == 0)
		return child_exact(envp);
	check(envp == environ, "main's envp is environ");
	edges();
	memset(big, 'b', 5000);
	check(setenv("BIG", big, 1) == 0, "a 5000-byte value");
	pid = fork();
	if (pid == 0)
		_exit(strcmp(getenv("FOO"), "after") == 0 ? 0 : 1);
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "a forked child has the parent's environment");
	check(run("inherit", NULL) == 0,
	      "execv passes on the changed environment");
	memcpy(cross, "CROSS=", 6);
	memset(cross + 6, 'x', 100);
	check(run("exact", exact) == 0,
	      "execve gives the child exactly its envp");
	return check_done();
}
