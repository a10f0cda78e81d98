/* An old name for <fcntl.h>. */
#include <fcntl.h>
