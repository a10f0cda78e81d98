// Concurrent writers: four processes append records to one file with
// O_APPEND and make and remove files in one directory at once; no record
// and no name is lost.
// disk: yes
// timeout: 60
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define NPROCS	4
#define RECORDS 100 /* appended by each */
#define NAMES	40  /* files each makes; it removes every other one */
#define RECLEN	32

static void worker(int id)
{
	char rec[RECLEN + 1], name[64];
	int fd = open("/tmp/log", O_WRONLY | O_APPEND);

	for (int i = 0; i < RECORDS; i++) {
		snprintf(rec, sizeof(rec), "%d %05d ........................",
			 id, i);
		rec[RECLEN - 1] = '\n';
		if (write(fd, rec, RECLEN) != RECLEN)
			_exit(1);
		if (i < NAMES) {
			snprintf(name, sizeof(name), "/tmp/d/p%d-%d", id, i);
			close(open(name, O_WRONLY | O_CREAT, 0644));
			if (i % 2 && unlink(name) < 0)
				_exit(2);
		}
	}
	_exit(0);
}

/* Reads "ID NNNNN ...\n" at s; -1 if it is not a whole record. */
static int parse(const char *s, int *id, int *n)
{
	*id = s[0] - '0';
	*n = 0;
	if (s[1] != ' ' || s[RECLEN - 1] != '\n')
		return -1;
	for (int i = 2; i < 7; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*n = *n * 10 + s[i] - '0';
	}
	return 0;
}

int main(void)
{
	static char data[NPROCS * RECORDS * RECLEN];
	int seen[NPROCS][RECORDS] = {{0}}, status, ok = 1, names = 0;
	struct dirent *e;
	int fd;
	DIR *d;

	close(open("/tmp/log", O_WRONLY | O_CREAT, 0644));
	mkdir("/tmp/d", 0755);
	for (int i = 0; i < NPROCS; i++)
		if (fork() == 0)
			worker(i);
	for (int i = 0; i < NPROCS; i++)
		ok &= wait(&status) > 0 && WIFEXITED(status) &&
		      WEXITSTATUS(status) == 0;
	check(ok, "the %d writers succeeded", NPROCS);
	fd = open("/tmp/log", O_RDONLY);
	check(read(fd, data, sizeof(data)) == sizeof(data) &&
		      read(fd, data, 1) == 0,
	      "the log holds exactly %d records", NPROCS * RECORDS);
	for (int i = 0; i < NPROCS * RECORDS; i++) {
		int id, n;
		if (parse(data + i * RECLEN, &id, &n) < 0 || id < 0 ||
		    id >= NPROCS || n >= RECORDS || seen[id][n]++)
			ok = 0;
	}
	check(ok, "each record once, whole");
	d = opendir("/tmp/d");
	while ((e = readdir(d)) != NULL)
		names += e->d_name[0] == 'p';
	closedir(d);
	check(names == NPROCS * NAMES / 2, "%d names left in the directory",
	      names);
	return check_done();
}
