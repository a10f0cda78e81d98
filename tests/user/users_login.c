// login, su and passwd, fed through pipes: a wrong password and an
// unknown name get the very same answer; the right one starts the
// user's shell in their home, as them; su asks a user for the target's
// password (it is set-user-id root), not root; passwd changes alice's
// own hash in /etc/shadow (still 0600 and root's) and no one else's.
// disk: yes
// timeout: 60
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <crypt.h>
#include <shadow.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define ALICE 1000

static char out[4096];

/*
 * Runs prog (as uid, unless -1) with input on its standard input and its
 * standard output and error into out; returns its wait status.
 */
static int run(const char *prog, char *arg, int uid, const char *input)
{
	int in[2], res[2], pid, st = -1, n, len = 0;
	char *av[] = {(char *)prog, arg, NULL};

	pipe(in);
	pipe(res);
	pid = fork();
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(res[1], 1);
		dup2(res[1], 2);
		close(in[0]);
		close(in[1]);
		close(res[0]);
		close(res[1]);
		if (uid >= 0 && setuid((uid_t)uid) < 0)
			_exit(98);
		execv(prog, av);
		_exit(99);
	}
	close(in[0]);
	close(res[1]);
	write(in[1], input, strlen(input));
	close(in[1]);
	while ((n = read(res[0], out + len, sizeof(out) - 1 - (size_t)len)) > 0)
		len += n;
	out[len] = 0;
	close(res[0]);
	waitpid(pid, &st, 0);
	return st;
}

static void login(void)
{
	char unknown[sizeof(out)];

	run("/bin/login", NULL, -1, "nosuchuser\nalice\n");
	snprintf(unknown, sizeof(unknown), "%s", out);
	check(strstr(unknown, "Login incorrect") != NULL,
	      "an unknown name: Login incorrect");
	run("/bin/login", NULL, -1, "alice\nwrongpassword\n");
	check(strstr(out, "Login incorrect") != NULL,
	      "a wrong password: Login incorrect");
	check(strcmp(out, unknown) == 0,
	      "the same output for both: '%s' and '%s'", out, unknown);
	run("/bin/login", NULL, -1, "alice\nalice\nid\npwd\n");
	check(strstr(out, "uid=1000(alice) gid=1000(alice)") != NULL,
	      "alice's password starts her shell, as her");
	check(strstr(out, "/home/alice") != NULL, "in /home/alice");
	check(strstr(out, "Login incorrect") == NULL, "no complaint");
}

static void su(void)
{
	run("/bin/su", NULL, ALICE, "alice\nid\n");
	check(strstr(out, "Authentication failure") != NULL,
	      "su as alice with her own password: refused");
	run("/bin/su", NULL, ALICE, "root\nid\n");
	check(strstr(out, "uid=0(root) gid=0(root)") != NULL,
	      "su as alice with root's password: root's shell");
	run("/bin/su", "bob", ALICE, "bob\nwhoami\n");
	check(strstr(out, "bob") != NULL, "su bob with bob's password");
}

static void passwd(void)
{
	struct spwd *sp;
	struct stat st;
	int s;

	s = run("/bin/passwd", NULL, ALICE, "wrong\nnew1\nnew1\n");
	check(WIFEXITED(s) && WEXITSTATUS(s) == 1 &&
		      strstr(out, "Authentication failure"),
	      "passwd with a wrong old password fails");
	s = run("/bin/passwd", "bob", ALICE, "alice\nnew1\nnew1\n");
	check(WIFEXITED(s) && WEXITSTATUS(s) == 1,
	      "alice cannot change bob's password");
	s = run("/bin/passwd", NULL, ALICE, "alice\nnew1\nnew1\n");
	check(WIFEXITED(s) && WEXITSTATUS(s) == 0 &&
		      strstr(out, "password changed for alice"),
	      "alice changes her own: %s", out);
	sp = getspnam("alice");
	check(sp && crypt_check("new1", sp->sp_pwdp), "the new hash checks");
	sp = getspnam("bob");
	check(sp && crypt_check("bob", sp->sp_pwdp), "bob's is unchanged");
	check(stat("/etc/shadow", &st) == 0 && st.st_uid == 0 &&
		      (st.st_mode & 07777) == 0600,
	      "/etc/shadow is still root's, 0600");
	run("/bin/login", NULL, -1, "alice\nnew1\nwhoami\n");
	check(strstr(out, "Login incorrect") == NULL && strstr(out, "alice"),
	      "login with the new password");
}

int main(void)
{
	login();
	su();
	passwd();
	return check_done();
}
