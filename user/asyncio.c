/*
 * asyncio: asynchronous I/O notification, an upcall the seeds list. The
 * program computes (counts primes) and never polls its input: with
 * O_ASYNC and F_SETOWN on a pipe's read end, the kernel sends it SIGIO
 * when data arrives, the handler only sets a flag, and the main loop
 * reads when told. A child writes a few lines into the pipe, a while
 * apart. "asyncio -c" does the same with the console: type lines.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#define MESSAGES 3
#define GAP_US	 50000 /* between the child's lines */

static volatile sig_atomic_t input_ready, nsigio;

static void on_sigio(int sig)
{
	(void)sig;
	nsigio++;
	input_ready = 1;
}

/* Useful work between notifications: is n prime? */
static int is_prime(unsigned n)
{
	if (n < 2)
		return 0;
	for (unsigned d = 2; d * d <= n; d++)
		if (n % d == 0)
			return 0;
	return 1;
}

static void writer(int fd)
{
	char line[32];

	for (int i = 1; i <= MESSAGES; i++) {
		usleep(GAP_US);
		snprintf(line, sizeof(line), "message %d\n", i);
		write(fd, line, strlen(line));
	}
	_exit(0);
}

/*
 * Reads all that is there (the handler said there is some): a signal
 * that comes while one is pending is not counted twice, so one SIGIO may
 * stand for several writes. O_NONBLOCK ends the loop with EAGAIN when
 * the pipe is empty. Returns 0 at end of file.
 */
static int take_input(int fd)
{
	char buf[128];
	int n;

	while ((n = read(fd, buf, sizeof(buf) - 1)) > 0) {
		buf[n] = 0;
		printf("asyncio: told by SIGIO, read: %s", buf);
	}
	return n < 0; /* -1 EAGAIN: open, nothing more yet; 0: closed */
}

int main(int argc, char *argv[])
{
	int console = argc > 1 && strcmp(argv[1], "-c") == 0;
	int fds[2] = {0, -1}, pid = -1, open = 1;
	unsigned n = 2, primes = 0;

	signal(SIGIO, on_sigio);
	if (!console) {
		pipe(fds);
		if ((pid = fork()) == 0) {
			close(fds[0]);
			writer(fds[1]);
		}
		close(fds[1]);
	}
	fcntl(fds[0], F_SETOWN, getpid());
	fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_ASYNC | O_NONBLOCK);
	while (open) {
		if (is_prime(n++))
			primes++;
		if (input_ready) {
			input_ready = 0;
			open = take_input(fds[0]);
		}
	}
	if (pid > 0)
		waitpid(pid, NULL, 0);
	printf("asyncio: %u SIGIO, %u primes found meanwhile (below %u)\n",
	       (unsigned)nsigio, primes, n);
	return 0;
}
