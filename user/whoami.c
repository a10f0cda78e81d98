/* whoami: the name of the effective user (its number if it has none). */
#include <pwd.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	uid_t uid = geteuid();
	struct passwd *pw = getpwuid(uid);

	if (pw)
		printf("%s\n", pw->pw_name);
	else
		printf("%u\n", uid);
	return 0;
}
