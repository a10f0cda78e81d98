/* An old name for <termios.h>. */
#include <termios.h>
