/* An old name for <unistd.h>. */
#include <unistd.h>
