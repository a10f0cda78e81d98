/*
 * Reading the account files: /etc/passwd (<pwd.h>), /etc/group
 * (<grp.h>) and /etc/shadow (<shadow.h>). Each is read line by line
 * from the start on every call; the files are short. Also getpass and
 * become_user, what login and su share.
 */
#include <errno.h>
#include <kestrel.h>
#include <grp.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LINE_MAX_ACCT 256 /* the longest line that is understood */
#define NFIELDS	      7	  /* passwd's fields; group has 4, shadow 2+ */

static char line[LINE_MAX_ACCT];

/*
 * Splits line at its colons into up to max fields (the newline cut
 * off); returns how many there were.
 */
static int split(char *s, char **field, int max)
{
	int n = 0;

	s[strcspn(s, "\n")] = 0;
	while (n < max) {
		field[n++] = s;
		if ((s = strchr(s, ':')) == NULL)
			break;
		*s++ = 0;
	}
	return n;
}

/*
 * Finds the first line of file whose field key is want (a name) or, if
 * want is NULL, whose field key is the number id. Fills field[]; returns
 * the number of fields, or 0 if there is none (-1 if unreadable).
 */
static int find(const char *file, int key, const char *want, unsigned id,
		char **field, int max)
{
	FILE *f = fopen(file, "r");
	int n = 0;

	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		n = split(line, field, max);
		if (n > key && (want ? strcmp(field[key], want) == 0
				     : strtoul(field[key], NULL, 10) == id))
			break;
		n = 0;
	}
	fclose(f);
	return n;
}

static struct passwd *to_passwd(char **field, int n)
{
	static struct passwd pw;

	if (n < NFIELDS)
		return NULL;
	pw.pw_name = field[0];
	pw.pw_passwd = field[1];
	pw.pw_uid = (uid_t)strtoul(field[2], NULL, 10);
	pw.pw_gid = (gid_t)strtoul(field[3], NULL, 10);
	pw.pw_gecos = field[4];
	pw.pw_dir = field[5];
	pw.pw_shell = field[6];
	return &pw;
}

struct passwd *getpwnam(const char *name)
{
	char *field[NFIELDS];

	return to_passwd(field, find(PASSWD_PATH, 0, name, 0, field, NFIELDS));
}

struct passwd *getpwuid(uid_t uid)
{
	char *field[NFIELDS];

	return to_passwd(field,
			 find(PASSWD_PATH, 2, NULL, uid, field, NFIELDS));
}

static struct group *to_group(char **field, int n)
{
	static struct group gr;
	static char *mem[GROUP_MEMBERS + 1];
	char *s, *save;
	int i = 0;

	if (n < 4)
		return NULL;
	gr.gr_name = field[0];
	gr.gr_passwd = field[1];
	gr.gr_gid = (gid_t)strtoul(field[2], NULL, 10);
	for (s = strtok_r(field[3], ",", &save); s && i < GROUP_MEMBERS;
	     s = strtok_r(NULL, ",", &save))
		mem[i++] = s;
	mem[i] = NULL;
	gr.gr_mem = mem;
	return &gr;
}

struct group *getgrnam(const char *name)
{
	char *field[4];

	return to_group(field, find(GROUP_PATH, 0, name, 0, field, 4));
}

struct group *getgrgid(gid_t gid)
{
	char *field[4];

	return to_group(field, find(GROUP_PATH, 2, NULL, gid, field, 4));
}

/* Is user one of the comma-separated names of list? */
static int listed(char *list, const char *user)
{
	char *s, *save;

	for (s = strtok_r(list, ",", &save); s; s = strtok_r(NULL, ",", &save))
		if (strcmp(s, user) == 0)
			return 1;
	return 0;
}

int initgroups(const char *user, gid_t gid)
{
	gid_t groups[16];
	char *field[4];
	int n = 0;
	FILE *f = fopen(GROUP_PATH, "r");

	groups[n++] = gid;
	while (f && fgets(line, sizeof(line), f) && n < 16)
		if (split(line, field, 4) == 4 && listed(field[3], user))
			groups[n++] = (gid_t)strtoul(field[2], NULL, 10);
	if (f)
		fclose(f);
	return setgroups(n, groups);
}

struct spwd *getspnam(const char *name)
{
	static struct spwd sp;
	char *field[3];

	if (find(SHADOW_PATH, 0, name, 0, field, 3) < 2)
		return NULL;
	sp.sp_namp = field[0];
	sp.sp_pwdp = field[1];
	return &sp;
}

char *getpass(const char *prompt)
{
	static char buf[LINE_MAX_ACCT];
	size_t n = 0;
	char c = 0;

	fputs(prompt, stdout);
	fflush(stdout);
	tcnoecho(0); /* fails, harmlessly, if the input is not the console */
	while (read(0, &c, 1) == 1 && c != '\n')
		if (n < sizeof(buf) - 1)
			buf[n++] = c;
	if (n == 0 && c != '\n')
		return NULL; /* end of input */
	buf[n] = 0;
	return buf;
}

int become_user(const struct passwd *pw)
{
	if (initgroups(pw->pw_name, pw->pw_gid) < 0 || setgid(pw->pw_gid) < 0 ||
	    setuid(pw->pw_uid) < 0)
		return -1;
	return 0;
}
