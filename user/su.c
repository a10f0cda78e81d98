/*
 * su [NAME]: runs NAME's shell (root's by default) as NAME, after asking
 * for NAME's password unless the caller's real user is root. It is set-
 * user-id root, so it may read /etc/shadow and change its ids; the
 * current directory stays.
 */
#include <crypt.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	const char *name = argc > 1 ? argv[1] : "root";
	char *shargv[] = {"sh", NULL};
	struct passwd *pw;
	struct spwd *sp;
	char *password;

	if (geteuid() != 0) {
		fprintf(stderr, "su: not set-user-id root\n");
		return 1;
	}
	if (getuid() != 0) {
		if ((password = getpass("Password: ")) == NULL)
			return 1;
		sp = getspnam(name);
		if (sp == NULL || !crypt_check(password, sp->sp_pwdp)) {
			fprintf(stderr, "su: Authentication failure\n");
			return 1;
		}
	}
	if ((pw = getpwnam(name)) == NULL) {
		fprintf(stderr, "su: no user %s\n", name);
		return 1;
	}
	if (become_user(pw) < 0) {
		perror("su: cannot become the user");
		return 1;
	}
	execv(pw->pw_shell, shargv);
	perror("su: cannot run the shell");
	return 1;
}
