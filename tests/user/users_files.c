// Permissions on the disk: alice (uid 1000) cannot read or write bob's
// 0600 file, list or search bob's 0700 directory, remove a file from a
// directory she cannot write (nor another's from sticky /tmp), run a
// file without an execute bit, chmod or chown bob's file; root can do
// each but run a file no one may execute. New files are the creator's
// with the umask applied; a set-user-id program runs as its owner and
// no more; a write by another user clears the set-user-id bit.
// disk: yes
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

#define ALICE 1000
#define BOB   1001
#define USERS 100
#define SELF  "/test/users_files"

static struct stat st_of(const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0)
		memset(&st, 0xff, sizeof(st));
	return st;
}

/* Makes path with data, then gives it owner uid:gid and mode. */
static void make_file(const char *path, const char *data, int uid, int mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd >= 0) {
		write(fd, data, strlen(data));
		close(fd);
	}
	check_ok(path, chown(path, uid, uid));
	check_ok("chmod", chmod(path, mode));
}

/* Bob's files, made by root. */
static void setup(void)
{
	check_ok("mkdir /home/bob/private", mkdir("/home/bob/private", 0700));
	check_ok("chown it to bob", chown("/home/bob/private", BOB, BOB));
	make_file("/home/bob/private/plan", "plan\n", BOB, 0644);
	make_file("/home/bob/secret", "secret\n", BOB, 0600);
	make_file("/tmp/bobs", "bob's\n", BOB, 0666);
	make_file("/tmp/script", "#!\n", 0, 0644);
	make_file("/tmp/alices_prog", "", ALICE, 04777);
}

/* Runs fn as alice (groups 1000, 100) in a child; its failures count. */
static void as_alice(void (*fn)(void))
{
	gid_t groups[] = {ALICE, USERS};
	int pid = fork(), st = -1;

	if (pid == 0) {
		setgroups(2, groups);
		setgid(ALICE);
		setuid(ALICE);
		fn();
		_exit(check_nfail);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "alice's checks (child status 0x%x)", st);
}

static void alice_refused(void)
{
	char *av[] = {"script", NULL};
	struct stat st;

	check_err("alice: open bob's 0600 file to read",
		  open("/home/bob/secret", O_RDONLY), EACCES);
	check_err("alice: open it to write", open("/home/bob/secret", O_WRONLY),
		  EACCES);
	check_err("alice: open bob's 0700 directory (ls)",
		  open("/home/bob/private", O_RDONLY), EACCES);
	check(opendir("/home/bob/private") == NULL, "alice: opendir fails");
	check_err("alice: stat a file inside it (no search)",
		  stat("/home/bob/private/plan", &st), EACCES);
	check_err("alice: chdir into it", chdir("/home/bob/private"), EACCES);
	check_err("alice: unlink from bob's home (not hers to write)",
		  unlink("/home/bob/secret"), EACCES);
	check_err("alice: create in bob's home",
		  open("/home/bob/mine", O_WRONLY | O_CREAT, 0644), EACCES);
	check_err("alice: rename bob's file",
		  rename("/home/bob/secret", "/home/alice/x"), EACCES);
	check_err("alice: unlink bob's file in sticky /tmp",
		  unlink("/tmp/bobs"), EPERM);
	check_err("alice: execv a 0644 file", execv("/tmp/script", av), EACCES);
	check_err("alice: chmod bob's file", chmod("/home/bob/secret", 0666),
		  EPERM);
	check_err("alice: chown bob's file to her",
		  chown("/home/bob/secret", ALICE, ALICE), EPERM);
	check_err("alice: mkdir in /", mkdir("/mine", 0755), EACCES);
}

static void alice_allowed(void)
{
	int fd;

	umask(027);
	fd = open("/home/alice/note", O_WRONLY | O_CREAT, 0666);
	check_ok("alice: create a file in her home", fd);
	close(fd);
	check(st_of("/home/alice/note").st_uid == ALICE &&
		      st_of("/home/alice/note").st_gid == ALICE,
	      "it is alice's, group alice");
	check((st_of("/home/alice/note").st_mode & 07777) == 0640,
	      "mode 0666 less umask 027: 0640 (got 0%o)",
	      st_of("/home/alice/note").st_mode & 07777);
	check_err("alice: give it to bob", chown("/home/alice/note", BOB, -1),
		  EPERM);
	check_err("alice: give it group bob (not hers)",
		  chown("/home/alice/note", -1, BOB), EPERM);
	check_ok("alice: give it group users (hers)",
		 chown("/home/alice/note", -1, USERS));
	check(st_of("/home/alice/note").st_gid == USERS, "group is 100");
	check_ok("alice: read bob's 0644 /tmp file... (0666)",
		 fd = open("/tmp/bobs", O_RDWR));
	close(fd);
	fd = open("/tmp/alices_prog", O_WRONLY);
	check_ok("alice: open her own 04777 file", fd);
	check(write(fd, "x", 1) == 1, "alice writes it");
	close(fd);
}

static void root_can(void)
{
	int fd;
	struct stat st;
	char *av[] = {"script", NULL};

	check_ok("root: read bob's 0600 file",
		 fd = open("/home/bob/secret", O_RDWR));
	close(fd);
	check(opendir("/home/bob/private") != NULL, "root: list bob's 0700");
	check_ok("root: stat inside it", stat("/home/bob/private/plan", &st));
	check_err("root: execv a file no one may execute",
		  execv("/tmp/script", av), EACCES);
	check_ok("root: chmod it 0744", chmod("/tmp/script", 0744));
	check_err("... then execv reaches the format check",
		  execv("/tmp/script", av), ENOEXEC);
	check_ok("root: unlink bob's /tmp file", unlink("/tmp/bobs"));
	check_ok("root: unlink from bob's home", unlink("/home/bob/secret"));
	fd = open("/tmp/roots", O_WRONLY | O_CREAT, 0600);
	close(fd);
	check(st_of("/tmp/roots").st_uid == 0 &&
		      st_of("/tmp/roots").st_gid == 0,
	      "root's new file is root's");
	check((st_of("/tmp/alices_prog").st_mode & 06000) == 0,
	      "alice's write cleared her file's set-user-id bit (0%o)",
	      st_of("/tmp/alices_prog").st_mode & 07777);
}

/* The set-user-id program (this one, made bob's 04755), as alice. */
static int probe(void)
{
	int fd = open("/home/bob/secret", O_RDONLY);

	printf("probe: uid %u euid %u\n", getuid(), geteuid());
	if (getuid() != ALICE || geteuid() != BOB || fd < 0)
		return 1;
	if (setuid(0) == 0 || seteuid(0) == 0)
		return 2;
	if (open("/etc/shadow", O_RDONLY) >= 0)
		return 3;
	if (seteuid(ALICE) < 0 || seteuid(BOB) < 0)
		return 4; /* back and forth: real and saved ids */
	return 0;
}

static void setuid_program(void)
{
	int pid, st = -1;

	check_ok("chown " SELF " to bob", chown(SELF, BOB, BOB));
	check_ok("chmod it 04755", chmod(SELF, 04755));
	pid = fork();
	if (pid == 0) {
		char *av[] = {SELF, "probe", NULL};

		setuid(ALICE);
		execv(SELF, av);
		_exit(99);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "set-user-id bob program run by alice: uid 1000, euid 1001, "
	      "reads bob's file, cannot become root (status 0x%x)",
	      st);
	check_ok("chmod it back", chmod(SELF, 0755));
}

int main(int argc, char *argv[])
{
	if (argc > 1 && strcmp(argv[1], "probe") == 0)
		return probe();
	check(st_of("/home/alice").st_uid == ALICE, "/home/alice is alice's");
	check(st_of("/bin/sh").st_uid == 0, "/bin/sh is root's");
	check((st_of("/tmp").st_mode & 07777) == 01777, "/tmp is 1777");
	check((st_of("/etc/shadow").st_mode & 0777) == 0600,
	      "/etc/shadow is 0600");
	setup();
	as_alice(alice_refused);
	as_alice(alice_allowed);
	setuid_program();
	root_can();
	return check_done();
}
