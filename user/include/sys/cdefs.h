/* The compiler helpers BSD and glibc headers use, for programs that use
 * them too. */
#ifndef _SYS_CDEFS_H
#define _SYS_CDEFS_H

#ifdef __cplusplus
#define __BEGIN_DECLS extern "C" {
#define __END_DECLS   }
#else
#define __BEGIN_DECLS
#define __END_DECLS
#endif

#define __P(args)	   args
#define __CONCAT(x, y)	   x##y
#define __STRING(x)	   #x
#define __dead		   __attribute__((__noreturn__))
#define __unused	   __attribute__((__unused__))
#define __packed	   __attribute__((__packed__))
#define __aligned(x)	   __attribute__((__aligned__(x)))
#define __printflike(f, a) __attribute__((__format__(__printf__, f, a)))
#define __predict_true(e)  __builtin_expect((e) != 0, 1)
#define __predict_false(e) __builtin_expect((e) != 0, 0)

#endif
