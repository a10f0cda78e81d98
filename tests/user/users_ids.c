// Users and groups: root's ids at boot; fork keeps them; setuid by root
// sets all three user ids and then no way back; seteuid to the real or
// saved id only; setgroups for root only; /etc/shadow (0600, root's) is
// closed to alice; alice cannot signal root's process or power off,
// root can signal alice's; the initrd's hashes check with crypt.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <crypt.h>
#include <fcntl.h>
#include <kestrel.h>
#include <shadow.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define ALICE 1000
#define BOB   1001
#define USERS 100

/* Runs fn in a child and checks that it exited 0. */
static void in_child(const char *what, int (*fn)(void))
{
	int pid = fork(), st = -1;

	if (pid == 0)
		_exit(fn());
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s (child status 0x%x)",
	      what, st);
}

/* As root: a saved uid lets seteuid go back and forth. */
static int root_seteuid(void)
{
	check_ok("seteuid(1000) as root", seteuid(ALICE));
	check(geteuid() == ALICE && getuid() == 0, "euid 1000, uid 0");
	check_err("setgroups by euid 1000", setgroups(0, NULL), EPERM);
	check_ok("seteuid(0): the saved uid is 0", seteuid(0));
	check(geteuid() == 0, "euid 0 again");
	return check_nfail;
}

/* Becomes alice for good and tries what she may not. */
static int become_alice(void)
{
	gid_t groups[] = {ALICE, USERS}, got[4];
	int fd;

	check_ok("setgroups({1000, 100})", setgroups(2, groups));
	check_ok("setgid(1000)", setgid(ALICE));
	check_ok("setuid(1000)", setuid(ALICE));
	check(getuid() == ALICE && geteuid() == ALICE && getgid() == ALICE &&
		      getegid() == ALICE,
	      "uid, euid, gid, egid all 1000");
	check(getgroups(0, NULL) == 2, "getgroups(0) counts 2");
	check(getgroups(4, got) == 2 && got[0] == ALICE && got[1] == USERS,
	      "getgroups gives 1000, 100");
	check_err("getgroups(1) too small", getgroups(1, got), EINVAL);
	check_err("setuid(0) as alice", setuid(0), EPERM);
	check_err("seteuid(0) as alice", seteuid(0), EPERM);
	check_err("setuid(1001) as alice", setuid(BOB), EPERM);
	check_err("setgid(0) as alice", setgid(0), EPERM);
	check_err("setgroups as alice", setgroups(2, groups), EPERM);
	check_ok("setuid(1000) to herself", setuid(ALICE));
	check_err("open /etc/shadow as alice",
		  fd = open("/etc/shadow", O_RDONLY), EACCES);
	check_err("kill(1) as alice", kill(1, 0), EPERM);
	check_err("kill(parent, 0) as alice: root's", kill(getppid(), 0),
		  EPERM);
	check_err("halt as alice", halt(0), EPERM);
	check_ok("kill(self, 0)", kill(getpid(), 0));
	return check_nfail;
}

/* Alice's child signalled by root: allowed. */
static void root_kills_alice(void)
{
	int pid = fork(), st = -1;

	if (pid == 0) {
		setuid(ALICE);
		pause();
		_exit(0);
	}
	usleep(20000);
	check_ok("kill(alice's child, SIGTERM) as root", kill(pid, SIGTERM));
	waitpid(pid, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM,
	      "alice's child died of SIGTERM");
}

/* Bob's process, signalled by alice: EPERM; by another of bob's: fine. */
static void alice_kills_bob(void)
{
	int bob = fork(), alice, st = -1;

	if (bob == 0) {
		setuid(BOB);
		pause();
		_exit(0);
	}
	alice = fork();
	if (alice == 0) {
		setuid(ALICE);
		_exit(kill(bob, SIGTERM) == -1 && errno == EPERM ? 0 : 1);
	}
	waitpid(alice, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "alice's kill of bob's process: EPERM");
	alice = fork();
	if (alice == 0) {
		setuid(BOB);
		_exit(kill(bob, SIGTERM) == 0 ? 0 : 1);
	}
	waitpid(alice, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "bob's kill of his own other process: allowed");
	waitpid(bob, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM, "bob's died");
}

int main(void)
{
	struct spwd *sp;

	check(getuid() == 0 && geteuid() == 0 && getgid() == 0 &&
		      getegid() == 0,
	      "init's child is root");
	check(getgroups(0, NULL) == 0, "no supplementary groups");
	in_child("root's seteuid round trip", root_seteuid);
	in_child("alice's limits", become_alice);
	root_kills_alice();
	alice_kills_bob();
	check_err("setuid(-5)", setuid((uid_t)-5), EINVAL);
	sp = getspnam("alice");
	check(sp != NULL, "root reads alice's line of /etc/shadow");
	if (sp) {
		check(crypt_check("alice", sp->sp_pwdp),
		      "alice's hash checks with password alice");
		check(!crypt_check("alicf", sp->sp_pwdp),
		      "... and not with alicf");
	}
	return check_done();
}
