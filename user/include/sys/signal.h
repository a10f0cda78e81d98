/* An old name for <signal.h>. */
#include <signal.h>
