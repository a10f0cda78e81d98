/*
 * login: asks for a name and a password, checks them against
 * /etc/shadow, and becomes that user: its groups, group and user ids,
 * its home as the current directory, its shell as the program. init
 * runs it on the console (unless booted with login=no) and again when
 * the shell ends. A wrong password and an unknown name get the same
 * answer after the same work, so the reply does not tell which names
 * exist.
 */
#include <crypt.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Hashed in place of a missing user's, so that a guess costs the same. */
#define DUMMY_SETTING "$k5$2000$nosuchuserhere"

/* Is password name's? Always does one full hash. */
static int password_ok(const char *name, const char *password)
{
	struct passwd *pw = getpwnam(name);
	struct spwd *sp = pw ? getspnam(name) : NULL;

	if (sp == NULL) {
		crypt(password, DUMMY_SETTING);
		return 0;
	}
	return crypt_check(password, sp->sp_pwdp);
}

/* Starts name's shell in its home; returns only if that fails. */
static void start_session(const char *name)
{
	struct passwd *pw = getpwnam(name);
	char *argv[] = {"sh", NULL};

	if (pw == NULL || become_user(pw) < 0) {
		perror("login: cannot become the user");
		return;
	}
	if (chdir(pw->pw_dir) < 0) {
		printf("login: no home directory %s; using /\n", pw->pw_dir);
		chdir("/");
	}
	execv(pw->pw_shell, argv);
	perror("login: cannot run the shell");
}

int main(void)
{
	char name[64], *s, *password;

	if (geteuid() != 0) {
		fprintf(stderr, "login: only root may run login\n");
		return 1;
	}
	for (;;) {
		if ((s = getpass("login: ")) == NULL)
			return 1;
		if (*s == 0)
			continue;
		snprintf(name, sizeof(name), "%s", s);
		if ((password = getpass("Password: ")) == NULL)
			return 1;
		if (password_ok(name, password)) {
			start_session(name);
			return 1;
		}
		printf("Login incorrect\n");
	}
}
