// Directories on the disk: mkdir and rmdir with link counts, cd and
// relative paths with . and .., getcwd, rename and link, readdir of a
// directory that spans blocks, and the errors: EEXIST, ENOTEMPTY,
// ENOTDIR, EISDIR, EINVAL, EPERM, ENOENT, ERANGE.
// disk: yes
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

#define NFILES 300 /* names in one directory: several blocks of entries */

static int nlink(const char *path)
{
	struct stat st;

	return stat(path, &st) < 0 ? -1 : (int)st.st_nlink;
}

static unsigned ino(const char *path)
{
	struct stat st;

	return stat(path, &st) < 0 ? 0 : st.st_ino;
}

static int touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT, 0644);

	return fd < 0 ? -1 : close(fd);
}

/* Counts the entries of dir, . and .. included; -1 if it cannot. */
static int count(const char *dir)
{
	struct dirent *e;
	int n = 0;
	DIR *d = opendir(dir);

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		n++;
	closedir(d);
	return n;
}

int main(void)
{
	char cwd[256], name[64];
	int base = nlink("/home"), ok = 1;

	check_ok("mkdir /home/a", mkdir("/home/a", 0755));
	check(nlink("/home/a") == 2 && nlink("/home") == base + 1,
	      "a has 2 links, its parent one more");
	check_err("mkdir it again", mkdir("/home/a", 0755), EEXIST);
	check_err("mkdir /", mkdir("/", 0755), EEXIST);
	check_ok("mkdir a/b", mkdir("/home/a/b", 0700));
	check_ok("cd /home/a", chdir("/home/a"));
	check(getcwd(cwd, sizeof(cwd)) && strcmp(cwd, "/home/a") == 0,
	      "getcwd: %s", cwd);
	check_err("getcwd into 5 bytes", getcwd(cwd, 5) ? 0 : -1, ERANGE);
	check_ok("cd b/../b/./", chdir("b/../b/./"));
	check(getcwd(cwd, sizeof(cwd)) && strcmp(cwd, "/home/a/b") == 0,
	      "getcwd: %s", cwd);
	check(touch("f") == 0 && ino("f") == ino("/home/a/b/f") &&
		      ino("../b/f") == ino("f"),
	      "a relative create is where its absolute path says");
	check(ino("..") == ino("/home/a") && ino("/..") == ino("/"),
	      ".. is the parent, and the root's is the root");
	check_err("cd f", chdir("f"), ENOTDIR);
	check_err("cd nowhere", chdir("nowhere"), ENOENT);
	check_ok("cd /", chdir("/"));

	check_err("rmdir a (not empty)", rmdir("/home/a"), ENOTEMPTY);
	check_err("rmdir a file", rmdir("/home/a/b/f"), ENOTDIR);
	check_err("rmdir .", rmdir("/home/a/."), EINVAL);
	check_err("link to a directory", link("/home/a", "/home/x"), EPERM);
	check_ok("link f g", link("/home/a/b/f", "/home/a/g"));
	check(nlink("/home/a/g") == 2 && ino("/home/a/g") == ino("/home/a/b/f"),
	      "g is f: 2 links");
	check_err("link onto an existing name",
		  link("/home/a/g", "/home/a/b/f"), EEXIST);
	check_ok("rename g h", rename("/home/a/g", "/home/a/h"));
	check(nlink("/home/a/h") == 2 && nlink("/home/a/g") == -1,
	      "h has both links, g is gone");
	check_ok("rename h onto f, the same file",
		 rename("/home/a/h", "/home/a/b/f"));
	check(nlink("/home/a/b/f") == 2 && nlink("/home/a/h") == 2,
	      "POSIX: nothing changes, both names stay");
	check_ok("unlink h", unlink("/home/a/h"));
	check(nlink("/home/a/b/f") == 1, "f has 1 link left");
	check_ok("rename b to /home/c", rename("/home/a/b", "/home/c"));
	check(ino("/home/c/..") == ino("/home") && nlink("/home/a") == 2 &&
		      nlink("/home") == base + 2,
	      "c's .. is /home now, and the link counts moved");
	check_err("rename a dir into itself", rename("/home/c", "/home/c/x"),
		  EINVAL);
	check_ok("mkdir /home/a/d", mkdir("/home/a/d", 0755));
	check_err("rename a file onto a dir", rename("/home/c/f", "/home/a/d"),
		  EISDIR);
	check_err("rename a dir onto a file", rename("/home/a/d", "/home/c/f"),
		  ENOTDIR);
	check_ok("rename a dir onto an empty one",
		 rename("/home/c", "/home/a/d"));
	check(nlink("/home/a") == 3 && nlink("/home/c") == -1,
	      "the empty one is gone");
	check_err("rename a missing file", rename("/home/nothing", "/home/x"),
		  ENOENT);
	check_err("rename onto the console",
		  rename("/home/a/d/f", "/dev/console"), EXDEV);

	for (int i = 0; i < NFILES && ok; i++) {
		snprintf(name, sizeof(name), "/home/a/d/file%03d", i);
		ok = touch(name) == 0;
	}
	check(ok, "%d files made in one directory", NFILES);
	check(count("/home/a/d") == NFILES + 3,
	      "readdir sees them, f, . and ..");
	for (int i = 0; i < NFILES && ok; i += 2) {
		snprintf(name, sizeof(name), "/home/a/d/file%03d", i);
		ok = unlink(name) == 0;
	}
	check(ok && count("/home/a/d") == NFILES / 2 + 3,
	      "half of them unlinked");
	for (int i = 1; i < NFILES && ok; i += 2) {
		snprintf(name, sizeof(name), "/home/a/d/file%03d", i);
		ok = unlink(name) == 0;
	}
	check(ok && unlink("/home/a/d/f") == 0 && count("/home/a/d") == 2,
	      "all unlinked: . and .. left");
	check_ok("rmdir d", rmdir("/home/a/d"));
	check_ok("rmdir a", rmdir("/home/a"));
	check(nlink("/home") == base, "/home has its links back");
	return check_done();
}
