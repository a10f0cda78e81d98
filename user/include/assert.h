/*
 * assert(e): when e is false, prints "prog: file:line: function:
 * Assertion `e' failed." on stderr and aborts. With NDEBUG defined where
 * this header is included, assert does nothing and e is not evaluated.
 * No include guard: each inclusion follows the NDEBUG of its place.
 */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e)                                                              \
	((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H

#define static_assert _Static_assert

/* Prints the failed assertion's message and calls abort(). */
__attribute__((noreturn)) void __assert_fail(const char *expr, const char *file,
					     int line, const char *func);

#endif
