// Tests execv of paths that do not exist: ENOENT, and the caller keeps running.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char *av[] = {"x", NULL};

	check_err("execv(\"/bin/nonexistent\")", execv("/bin/nonexistent", av),
		  ENOENT);
	check_err("execv(\"/no/such/dir/prog\")",
		  execv("/no/such/dir/prog", av), ENOENT);
	check_err("execv(\"\")", execv("", av), ENOENT);
	check_err("execv(\"/bin/ech\")", execv("/bin/ech", av), ENOENT);
	check_err("execv(\"/bin/echoo\")", execv("/bin/echoo", av), ENOENT);
	return check_done();
}
