// A parent and a child, for the tracer's -f test (tests/test_trace.py):
// the parent blocks SIGUSR1, forks, and waits for the child, which writes
// a line and exits with 7. Run alone (here) it is an ordinary test.
// expect: exit 0
// expect-output: ^child$
// expect-output: ^child exited with 7$
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	sigset_t set, old;
	int pid, status;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, &old);
	pid = fork();
	if (pid == 0) {
		write(1, "child\n", 6);
		_exit(7);
	}
	if (waitpid(pid, &status, WUNTRACED) != pid || !WIFEXITED(status))
		return 1;
	printf("child exited with %d\n", WEXITSTATUS(status));
	return 0;
}
