/*
 * id: the caller's user and group ids with their names: "uid=1000(alice)
 * gid=1000(alice) groups=1000(alice),100(users)", and euid= and egid=
 * when they differ from the real ones (a set-user-id program). id -u and
 * id -g print the effective user or group id alone.
 */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void show_user(const char *label, uid_t uid)
{
	struct passwd *pw = getpwuid(uid);

	printf("%s=%u", label, uid);
	if (pw)
		printf("(%s)", pw->pw_name);
}

static void show_group(const char *label, gid_t gid)
{
	struct group *gr = getgrgid(gid);

	if (label)
		printf("%s=", label);
	printf("%u", gid);
	if (gr)
		printf("(%s)", gr->gr_name);
}

int main(int argc, char *argv[])
{
	gid_t groups[16];
	int n;

	if (argc > 1 && strcmp(argv[1], "-u") == 0) {
		printf("%u\n", geteuid());
		return 0;
	}
	if (argc > 1 && strcmp(argv[1], "-g") == 0) {
		printf("%u\n", getegid());
		return 0;
	}
	show_user("uid", getuid());
	show_group(" gid", getgid());
	if (geteuid() != getuid())
		show_user(" euid", geteuid());
	if (getegid() != getgid())
		show_group(" egid", getegid());
	if ((n = getgroups(16, groups)) > 0) {
		printf(" groups=");
		for (int i = 0; i < n; i++) {
			if (i)
				printf(",");
			show_group(NULL, groups[i]);
		}
	}
	printf("\n");
	return 0;
}
