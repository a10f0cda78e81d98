/* An old name for <syslog.h>. */
#include <syslog.h>
