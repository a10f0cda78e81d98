/*
 * init, process 1: starts the shell (or with --login, which the kernel
 * gives it unless booted with login=no, /bin/login) and restarts it when
 * it exits, and reaps orphans. Booted with init=PROG ARGS..., it runs PROG once instead,
 * reports how it ended and whether memory leaked, and powers off.
 * init uses no malloc, so its own memory stays the same throughout.
 */
#include <errno.h>
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define SHELL "/bin/sh"
#define LOGIN "/bin/login" /* asks who you are, then runs their shell */

/* The environment init gives every program it starts: the kernel gives
 * init none, and a shell needs PATH to find commands by name. */
static char *const init_env[] = {"PATH=/bin", "HOME=/", NULL};

/* Starts path with argv as a child; returns its pid, or -1. */
static int start(const char *path, char *argv[])
{
	int pid = fork();

	if (pid < 0) {
		printf("init: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		execve(path, argv, init_env);
		printf("init: cannot run %s: %s\n", path, strerror(errno));
		_exit(127);
	}
	return pid;
}

/* Prints "init: NAME exited with status N" or "... killed by signal". */
static void report(const char *name, int status)
{
	if (WIFEXITED(status))
		printf("init: %s exited with status %d\n", name,
		       WEXITSTATUS(status));
	else
		printf("init: %s killed by signal %d (%s)\n", name,
		       WTERMSIG(status), signame(WTERMSIG(status)));
}

/* The memory counts, or zeroes if meminfo fails. */
static struct meminfo memory(void)
{
	struct meminfo m;

	if (meminfo(&m) < 0)
		memset(&m, 0, sizeof(m));
	return m;
}

/* The longest stretch the kernel kept interrupts off during the run. */
static void report_intrstat(void)
{
	struct intrstat st;

	if (intrstat(&st, 0) == 0)
		printf("init: interrupts off at most %u TSC ticks (from %s), "
		       "traps nested %u deep\n",
		       st.off_longest, st.off_where, st.max_nesting);
}

/*
 * Runs argv[0] once, then waits until no child is left (orphans it left
 * behind come to us), and reports free memory before and after, and the
 * free frames reserved: a reservation never given back is a leak too.
 */
static void run_once(char *argv[])
{
	struct meminfo before = memory(), after;
	int pid = start(argv[0], argv), status, child;

	for (;;) {
		child = wait(&status);
		if (child < 0 && errno != EINTR)
			break;
		if (child == pid)
			report(argv[0], status);
	}
	after = memory();
	printf("init: free frames %u before, %u after\n", before.free_frames,
	       after.free_frames);
	printf("init: reserved frames %u before, %u after\n",
	       before.reserved_frames, after.reserved_frames);
	report_intrstat();
}

/* Reports how the shell ended. */
static void report_shell(int status)
{
	if (WIFEXITED(status))
		printf("init: shell exited (status %d), restarting\n",
		       WEXITSTATUS(status));
	else
		printf("init: shell killed by %s, restarting\n",
		       signame(WTERMSIG(status)));
}

/*
 * Keeps a shell (or login) at path running for ever, reaping orphans on
 * the way. A shell
 * that ends within a second is restarted only after a pause, so a broken
 * /bin/sh does not flood the console.
 */
static void run_shell(const char *path)
{
	char *argv[] = {strrchr(path, '/') + 1, NULL};
	int pid = -1, status, child, started = 0;

	for (;;) {
		if (pid < 0) {
			started = uptime();
			pid = start(path, argv);
		}
		child = wait(&status);
		if (child < 0 && pid < 0)
			sleep(1); /* fork failed: try again later */
		if (child < 0 || child != pid)
			continue;
		report_shell(status);
		if (uptime() - started < 1000)
			sleep(1);
		pid = -1;
	}
}

int main(int argc, char *argv[])
{
	if (argc == 2 && strcmp(argv[1], "--login") == 0) {
		run_shell(LOGIN); /* the kernel's default, without login=no */
		return 1;
	}
	if (argc > 1) {
		run_once(&argv[1]);
		halt(0);
		printf("init: halt: %s\n", strerror(errno));
		return 1;
	}
	run_shell(SHELL);
	return 1;
}
