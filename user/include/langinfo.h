/* nl_langinfo: the C locale's names and formats (user/lib/locale.c). */
#ifndef _LANGINFO_H
#define _LANGINFO_H

#include <nl_types.h>

enum {
	CODESET,    /* "ANSI_X3.4-1968", as glibc names ASCII */
	D_T_FMT,    /* "%a %b %e %H:%M:%S %Y" */
	D_FMT,	    /* "%m/%d/%y" */
	T_FMT,	    /* "%H:%M:%S" */
	T_FMT_AMPM, /* "%I:%M:%S %p" */
	AM_STR,	    /* "AM" */
	PM_STR,	    /* "PM" */
	DAY_1,	    /* "Sunday" ... */
	DAY_2,
	DAY_3,
	DAY_4,
	DAY_5,
	DAY_6,
	DAY_7,
	ABDAY_1, /* "Sun" ... */
	ABDAY_2,
	ABDAY_3,
	ABDAY_4,
	ABDAY_5,
	ABDAY_6,
	ABDAY_7,
	MON_1, /* "January" ... */
	MON_2,
	MON_3,
	MON_4,
	MON_5,
	MON_6,
	MON_7,
	MON_8,
	MON_9,
	MON_10,
	MON_11,
	MON_12,
	ABMON_1, /* "Jan" ... */
	ABMON_2,
	ABMON_3,
	ABMON_4,
	ABMON_5,
	ABMON_6,
	ABMON_7,
	ABMON_8,
	ABMON_9,
	ABMON_10,
	ABMON_11,
	ABMON_12,
	RADIXCHAR,   /* "." */
	THOUSEP,     /* "" */
	YESEXPR,     /* "^[yY]" */
	NOEXPR,	     /* "^[nN]" */
	CRNCYSTR,    /* "" */
	ERA,	     /* "" */
	ERA_D_FMT,   /* "" */
	ALT_DIGITS,  /* "" */
	ERA_D_T_FMT, /* "" */
	ERA_T_FMT,   /* "" */
	_NL_ITEM_MAX
};

/* The string for item in the C locale; "" for an unknown item. */
char *nl_langinfo(nl_item item);

#endif
