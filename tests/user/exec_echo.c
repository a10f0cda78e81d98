// execv of /bin/echo with arguments replaces the program.
// expect: exit 0
// expect-output: ^before execv$
// expect-output: ^hello from echo$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char *av[] = {"echo", "hello", "from", "echo", NULL};

	printf("before execv\n");
	execv("/bin/echo", av);
	printf("FAIL: execv /bin/echo returned, errno %s\n", errname(errno));
	return 1;
}
