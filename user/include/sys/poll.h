/* An old name for <poll.h>. */
#include <poll.h>
