/*
 * passwd [NAME]: changes a password. It is set-user-id root, so it may
 * read and replace /etc/shadow; it lets a user change only their own
 * password (after giving the old one), root anyone's. The new file is
 * written whole beside the old one and renamed over it, so a crash
 * leaves the old file or the new one, never half of one.
 */
#include <crypt.h>
#include <fcntl.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define NEW_PATH SHADOW_PATH ".new"
#define LINE_LEN 256

/* Copies /etc/shadow to fd with name's hash replaced by hash. */
static int write_shadow(int fd, const char *name, const char *hash)
{
	char line[LINE_LEN], out[LINE_LEN];
	size_t len = strlen(name);
	FILE *in = fopen(SHADOW_PATH, "r");
	int found = 0, n;

	if (in == NULL)
		return -1;
	while (fgets(line, sizeof(line), in)) {
		if (strncmp(line, name, len) == 0 && line[len] == ':') {
			n = snprintf(out, sizeof(out), "%s:%s\n", name, hash);
			found = 1;
		} else {
			n = snprintf(out, sizeof(out), "%s", line);
		}
		if (write(fd, out, (size_t)n) != n) {
			fclose(in);
			return -1;
		}
	}
	fclose(in);
	return found ? 0 : -1;
}

/* Writes the new file and renames it over /etc/shadow. */
static int replace_shadow(const char *name, const char *hash)
{
	int fd = open(NEW_PATH, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd < 0)
		return -1;
	if (write_shadow(fd, name, hash) < 0 || fsync(fd) < 0) {
		close(fd);
		unlink(NEW_PATH);
		return -1;
	}
	close(fd);
	return rename(NEW_PATH, SHADOW_PATH);
}

/* Asks for the new password twice; the hash, or NULL. */
static char *new_hash(void)
{
	char first[LINE_LEN], setting[64], *s;

	if ((s = getpass("New password: ")) == NULL)
		return NULL;
	snprintf(first, sizeof(first), "%s", s);
	if ((s = getpass("Retype new password: ")) == NULL)
		return NULL;
	if (strcmp(first, s) != 0) {
		fprintf(stderr, "passwd: the passwords differ\n");
		return NULL;
	}
	crypt_newsalt(setting, sizeof(setting));
	return crypt(first, setting);
}

int main(int argc, char *argv[])
{
	struct passwd *pw = getpwuid(getuid());
	char name[64], *hash, *old;
	struct spwd *sp;

	if (pw == NULL) {
		fprintf(stderr, "passwd: who are you?\n");
		return 1;
	}
	snprintf(name, sizeof(name), "%s", argc > 1 ? argv[1] : pw->pw_name);
	if (getuid() != 0 && strcmp(name, pw->pw_name) != 0) {
		fprintf(stderr, "passwd: only root may change another's\n");
		return 1;
	}
	if ((sp = getspnam(name)) == NULL) {
		fprintf(stderr, "passwd: no user %s (or no shadow file)\n",
			name);
		return 1;
	}
	if (getuid() != 0) {
		hash = sp->sp_pwdp; /* getpass does not touch getspnam's line */
		old = getpass("Old password: ");
		if (old == NULL || !crypt_check(old, hash)) {
			fprintf(stderr, "passwd: Authentication failure\n");
			return 1;
		}
	}
	if ((hash = new_hash()) == NULL)
		return 1;
	if (replace_shadow(name, hash) < 0) {
		perror("passwd: cannot write " SHADOW_PATH);
		return 1;
	}
	printf("passwd: password changed for %s\n", name);
	return 0;
}
