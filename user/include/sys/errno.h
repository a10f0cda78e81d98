/* An old name for <errno.h>. */
#include <errno.h>
