// The Unix calls built in the C library: system and popen through
// /bin/sh -c, anonymous mmap from the heap (page-aligned, zeroed; ENODEV
// for a file), writev and readv over a pipe, poll (a regular file is
// ready; input on a pipe: ENOSYS; nothing to watch: a sleep), memalign,
// mkstemp's template check, syslog to standard error, nl_langinfo, and
// string.h/strings.h additions (compared with glibc's results).
// expect: exit 0
// expect-output: ^hello from sh -c$
// expect-output: ^tester\[[0-9]+\]: syslog says 42$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// forbid-output: debug line
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <malloc.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static void shell_commands(void)
{
	char line[64];
	FILE *p;
	int st;

	check(system(NULL) == 1, "system(NULL): there is a shell");
	fflush(stdout);
	st = system("echo hello from sh -c");
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "system echo: status 0");
	st = system("/bin/none");
	check(WIFEXITED(st) && WEXITSTATUS(st) != 0,
	      "system of a missing program: status %d", WEXITSTATUS(st));
	p = popen("echo one two", "r");
	check(p != NULL && fgets(line, sizeof(line), p) != NULL &&
		      strcmp(line, "one two\n") == 0,
	      "popen r reads the command's output");
	st = p ? pclose(p) : -1;
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "pclose: status 0");
	p = popen("cat", "w");
	check(p != NULL, "popen w");
	if (p != NULL) {
		fflush(stdout);
		fprintf(p, "through cat\n");
		st = pclose(p);
		check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "cat ended well");
	}
	errno = 0;
	check(popen("echo", "rw") == NULL && errno == EINVAL,
	      "popen rw: EINVAL");
	check_err("pclose of stdin", pclose(stdin), ECHILD);
}

static void mappings(void)
{
	char *m = mmap(NULL, 10000, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int zero = 1;
	void *a;

	check(m != MAP_FAILED && (uintptr_t)m % 4096 == 0,
	      "mmap anonymous: page-aligned");
	if (m == MAP_FAILED)
		return;
	for (int i = 0; i < 10000; i++)
		zero &= m[i] == 0;
	check(zero, "mmap: zeroed");
	memset(m, 'x', 12288);
	check_err("munmap of the middle", munmap(m + 4096, 4096), EINVAL);
	check_ok("munmap", munmap(m, 10000));
	check_err("munmap again", munmap(m, 10000), EINVAL);
	errno = 0;
	check(mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 0, 0) == MAP_FAILED &&
		      errno == ENODEV,
	      "mmap of a file: ENODEV");
	errno = 0;
	check(mmap(NULL, 4096, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0) ==
			      MAP_FAILED &&
		      errno == EINVAL,
	      "mmap shared: EINVAL");
	a = memalign(256, 100);
	check(a != NULL && (uintptr_t)a % 256 == 0 &&
		      malloc_usable_size(a) >= 100,
	      "memalign 256");
	free(a);
	check(posix_memalign(&a, 3, 8) == EINVAL, "posix_memalign(3): EINVAL");
}

static void vectors_and_poll(void)
{
	char a[] = "abc", b[] = "defgh", in[16] = {0}, in2[16] = {0};
	struct iovec w[2] = {{a, 3}, {b, 5}}, r[2] = {{in, 4}, {in2, 10}};
	struct pollfd pf[2];
	int fds[2], fd;
	time_t t0;

	check(pipe(fds) == 0, "pipe");
	check(writev(fds[1], w, 2) == 8, "writev 3 + 5 bytes");
	check(readv(fds[0], r, 2) == 8 && strcmp(in, "abcd") == 0 &&
		      strcmp(in2, "efgh") == 0,
	      "readv: abcd, efgh");
	pf[0].fd = fds[0];
	pf[0].events = POLLIN;
	check_err("poll for pipe input", poll(pf, 1, 0), ENOSYS);
	fd = open("/etc/motd", O_RDONLY);
	pf[0].fd = fd;
	pf[1].fd = 55;
	pf[1].events = POLLIN;
	check(poll(pf, 2, -1) == 2 && pf[0].revents == POLLIN &&
		      pf[1].revents == POLLNVAL,
	      "poll: a file is ready, a closed fd POLLNVAL");
	t0 = time(NULL);
	check(poll(NULL, 0, 1100) == 0 && time(NULL) - t0 >= 1,
	      "poll of nothing sleeps");
	close(fd);
	close(fds[0]);
	close(fds[1]);
}

static void strings(void)
{
	char t[] = "/tmp/fooXXXX", haystack[] = "Hello World";

	check(strcasestr(haystack, "WORLD") == haystack + 6 &&
		      strcasestr(haystack, "") == haystack &&
		      strcasestr(haystack, "xyz") == NULL,
	      "strcasestr");
	check(memmem("abcabcd", 7, "abcd", 4) != NULL &&
		      memmem("abc", 3, "abcd", 4) == NULL,
	      "memmem");
	check(index("abc", 'b') != NULL && rindex("abcb", 'b')[1] == '\0' &&
		      bcmp("ab", "ac", 2) != 0 && ffsl(0x100) == 9 &&
		      ffsll(1LL << 40) == 41 && ffsll(0) == 0,
	      "strings.h");
	check(*strchrnul("abc", 'z') == '\0', "strchrnul");
	check_err("mkstemp without XXXXXX", mkstemp(t), EINVAL);
	check(strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968") == 0 &&
		      strcmp(nl_langinfo(MON_2), "February") == 0,
	      "nl_langinfo");
}

int main(void)
{
	shell_commands();
	mappings();
	vectors_and_poll();
	strings();
	openlog("tester", LOG_PID, LOG_USER);
	setlogmask(LOG_UPTO(LOG_INFO));
	syslog(LOG_ERR, "syslog says %d", 42);
	syslog(LOG_DEBUG, "debug line");
	closelog();
	check_done();
	return 0;
}
