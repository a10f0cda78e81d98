/* true for xv6-public: exits at once; tools/xv6/bench.c times fork + exec
 * of it, as /bin/bench does with utils/true.c on kestrel. */
#include "types.h"
#include "user.h"

int main(void)
{
	exit();
}
