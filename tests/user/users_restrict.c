// The system-call allow-list (sysrestrict): a restricted process is
// refused (EPERM) every call outside its set, quick calls too, and so
// are its children, also after execv; a second list only narrows; with
// RESTRICT_KILL a refused call kills with SIGSYS; RESTRICT_EXEC waits
// for the exec. The kernel names each refused call.
// expect: exit 0
// expect-output: ^all checks passed$
// expect-kernel: system call getppid refused \(sysrestrict\)$
// expect-kernel: system call open refused \(sysrestrict\): killed by SIGSYS$
// forbid-output: FAIL
#include <fcntl.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define SELF "/test/users_restrict"
#define SET  "write,fork,waitpid,execv,getpid,sbrk,fstat"

/* Runs fn in a child; returns its wait status. */
static int in_child(int (*fn)(void))
{
	int pid = fork(), st = -1;

	if (pid == 0)
		_exit(fn());
	waitpid(pid, &st, 0);
	return st;
}

/* After execv under the list (argv[1] "probe"): still refused. */
static int probe(void)
{
	if (getppid() != -1 || errno != EPERM)
		return 1;
	if (open("/etc/motd", O_RDONLY) != -1 || errno != EPERM)
		return 2;
	printf("probe: refused getppid and open after execv\n");
	return 0;
}

static int restricted(void)
{
	int pid, st = -1;
	char *av[] = {SELF, "probe", NULL};

	check_ok("sysrestrict(" SET ")", sysrestrict(SET, 0));
	check_err("getppid (quick) refused", getppid(), EPERM);
	check_err("open refused", open("/etc/motd", O_RDONLY), EPERM);
	check_err("kill refused", kill(getpid(), 0), EPERM);
	check(getpid() > 1, "getpid allowed");
	check_err("sysrestrict itself refused now", sysrestrict("write", 0),
		  EPERM);
	pid = fork();
	if (pid == 0)
		_exit(getppid() == -1 && errno == EPERM ? 0 : 1);
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "a child is refused getppid too");
	pid = fork();
	if (pid == 0) {
		execv(SELF, av);
		_exit(99);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "a child after execv is still refused (status 0x%x)", st);
	return check_nfail;
}

static int narrowing(void)
{
	check_ok("sysrestrict(write,getpid,sysrestrict,getppid)",
		 sysrestrict("write,getpid,sysrestrict,getppid", 0));
	check(getppid() > 0, "getppid allowed");
	check_ok("narrow to write,sysrestrict",
		 sysrestrict("write,sysrestrict,getppid,open", 0));
	check_err("getpid given up", getpid(), EPERM);
	check_err("open not had back", open("/etc/motd", O_RDONLY), EPERM);
	return check_nfail;
}

static int killing(void)
{
	sysrestrict("write", RESTRICT_KILL);
	open("/etc/motd", O_RDONLY);
	return 3; /* not reached */
}

static int at_exec(void)
{
	char *av[] = {SELF, "probe", NULL};

	check_ok("sysrestrict(..., RESTRICT_EXEC)",
		 sysrestrict(SET, RESTRICT_EXEC));
	check(getppid() > 0, "getppid still allowed before the exec");
	execv(SELF, av);
	return 98;
}

int main(int argc, char *argv[])
{
	int st;

	if (argc > 1 && strcmp(argv[1], "probe") == 0)
		return probe();
	check_err("unknown call name", sysrestrict("read,nosuchcall", 0),
		  EINVAL);
	check_err("unknown flag", sysrestrict("read", 64), EINVAL);
	st = in_child(restricted);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "restricted child");
	st = in_child(narrowing);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "narrowing child");
	st = in_child(killing);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSYS,
	      "RESTRICT_KILL: killed by SIGSYS (status 0x%x)", st);
	st = in_child(at_exec);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "RESTRICT_EXEC: in force after the exec (status 0x%x)", st);
	check(getppid() == 1, "the parent is unrestricted");
	return check_done();
}
