/* The flags of the trace system call, shared by the kernel and the C library. */
#ifndef KESTREL_TRACE_H
#define KESTREL_TRACE_H

#define TRACE_ON       1 /* trace the caller's system calls on the console */
#define TRACE_CHILDREN 2 /* with TRACE_ON: and its children's, from fork on */

#endif
