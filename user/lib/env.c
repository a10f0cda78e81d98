/*
 * The environment: environ as crt0 found it on the stack, and getenv,
 * setenv, unsetenv and putenv on it. The first change copies the list
 * into the heap; the strings setenv makes are never freed, as a pointer
 * getenv returned may still be in use.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

char **environ;

static char **owned; /* environ's list once it lives in the heap */
static int nowned;   /* its strings, not counting the NULL */
static int cap;	     /* the entries it has room for, NULL included */

/* Is name a name setenv may take: not empty, with no '='? */
static int env_name_ok(const char *name)
{
	if (name == NULL || *name == 0 || strchr(name, '=') != NULL) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

/* Does "NAME=value" entry s belong to name (of length n)? */
static int env_match(const char *s, const char *name, size_t n)
{
	return strncmp(s, name, n) == 0 && s[n] == '=';
}

/* The index in environ of name's entry, or -1. */
static int env_find(const char *name, size_t n)
{
	for (int i = 0; environ != NULL && environ[i] != NULL; i++)
		if (env_match(environ[i], name, n))
			return i;
	return -1;
}

/* Makes environ a list of our own with room for one more; 0 or -1. */
static int env_own(void)
{
	char **list;
	int n = 0;

	if (environ == owned && nowned + 1 < cap)
		return 0;
	while (environ != NULL && environ[n] != NULL)
		n++;
	if (environ == owned && owned != NULL) {
		list = realloc(owned, (size_t)cap * 2 * sizeof(*list));
		if (list == NULL)
			return -1;
		cap *= 2;
	} else {
		cap = n + 16;
		if ((list = malloc((size_t)cap * sizeof(*list))) == NULL)
			return -1;
		for (int i = 0; i < n; i++)
			list[i] = environ[i];
	}
	list[n] = NULL;
	environ = owned = list;
	nowned = n;
	return 0;
}

/* The value of environment variable name, or NULL if it is not set. */
char *getenv(const char *name)
{
	size_t n;
	int i;

	if (name == NULL || strchr(name, '=') != NULL)
		return NULL;
	n = strlen(name);
	i = env_find(name, n);
	return i < 0 ? NULL : environ[i] + n + 1;
}

/*
 * Puts string s ("NAME=value") itself in the environment, in place of
 * NAME's entry if there is one. Returns 0, or -1 with errno (EINVAL: no
 * '=' in s; ENOMEM).
 */
int putenv(char *s)
{
	const char *eq = s != NULL ? strchr(s, '=') : NULL;
	int i;

	if (eq == NULL || eq == s) {
		errno = EINVAL;
		return -1;
	}
	if (env_own() < 0)
		return -1;
	if ((i = env_find(s, (size_t)(eq - s))) >= 0) {
		environ[i] = s;
		return 0;
	}
	environ[nowned++] = s;
	environ[nowned] = NULL;
	return 0;
}

/*
 * Sets name to value, unless name is set and overwrite is 0. Returns 0,
 * or -1 with errno (EINVAL: name empty or with '='; ENOMEM).
 */
int setenv(const char *name, const char *value, int overwrite)
{
	size_t n, v;
	char *s;

	if (!env_name_ok(name))
		return -1;
	n = strlen(name);
	if (env_find(name, n) >= 0 && !overwrite)
		return 0;
	if (value == NULL)
		value = "";
	v = strlen(value);
	if ((s = malloc(n + v + 2)) == NULL)
		return -1;
	memcpy(s, name, n);
	s[n] = '=';
	memcpy(s + n + 1, value, v + 1);
	if (putenv(s) < 0) {
		free(s);
		return -1;
	}
	return 0;
}

/*
 * Removes every entry of name; not an error if there is none. Returns 0,
 * or -1 with errno (EINVAL: name empty or with '='; ENOMEM).
 */
int unsetenv(const char *name)
{
	size_t n;
	int i, j;

	if (!env_name_ok(name))
		return -1;
	n = strlen(name);
	if (env_find(name, n) < 0)
		return 0;
	if (env_own() < 0)
		return -1;
	for (i = j = 0; i < nowned; i++)
		if (!env_match(environ[i], name, n))
			environ[j++] = environ[i];
	nowned = j;
	environ[j] = NULL;
	return 0;
}
