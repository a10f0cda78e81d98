/*
 * The exec family on the one system call, execve: the calls that pass
 * the caller's environ, the ones that take their arguments as a list,
 * and the PATH search of execvp and execlp. Also getdtablesize, which reports
 * the limits the kernel sets on exec and on open files.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Where execvp looks when PATH is not set at all. */
#define DEFAULT_PATH "/bin"

/* Arguments execl and its kind can pass (they go on the stack). */
#define EXECL_MAX 1024

/* Runs path with argv and the caller's environment. */
int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

/*
 * Tries dir/file (just file for an empty dir, the current directory, as
 * POSIX says). Returns only if it failed: 1 if the search may go on (a
 * missing or refused file), 0 if not (errno says why).
 */
static int try_dir(const char *dir, size_t dlen, const char *file,
		   char *const argv[], int *refused)
{
	char path[PATH_MAX];
	size_t flen = strlen(file);

	if (dlen + 1 + flen >= sizeof(path))
		return 1; /* no such file can exist */
	memcpy(path, dir, dlen);
	if (dlen > 0)
		path[dlen++] = '/';
	memcpy(path + dlen, file, flen + 1);
	execve(path, argv, environ);
	if (errno == EACCES)
		*refused = 1;
	return errno == ENOENT || errno == ENOTDIR || errno == EACCES ||
	       errno == ENAMETOOLONG;
}

/*
 * Runs file with argv and the caller's environment: file itself if it
 * holds a '/', else the first dir/file that runs for the directories of
 * PATH in their order (an empty one is the current directory). Returns
 * -1 with errno: EACCES if some file was found but could not be run and
 * none ran, ENOENT if none was found, else the error that stopped the
 * search (E2BIG, ENOEXEC, ENOMEM...).
 */
int execvp(const char *file, char *const argv[])
{
	const char *path = getenv("PATH"), *p, *end;
	int refused = 0;

	if (*file == 0) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/') != NULL)
		return execv(file, argv);
	if (path == NULL)
		path = DEFAULT_PATH;
	for (p = path;; p = end + 1) {
		if ((end = strchr(p, ':')) == NULL)
			end = p + strlen(p);
		if (!try_dir(p, (size_t)(end - p), file, argv, &refused))
			return -1;
		if (*end == 0)
			break;
	}
	errno = refused ? EACCES : ENOENT;
	return -1;
}

/*
 * Gathers execl's list (arg0, then ap up to a NULL) into av; returns 0,
 * or -1 (E2BIG) if it is longer than EXECL_MAX. envp, if not NULL, gets
 * the pointer after the NULL (execle's environment).
 */
static int gather(char **av, const char *arg0, va_list ap, char ***envp)
{
	int n = 0;

	av[n++] = (char *)arg0;
	while (arg0 != NULL && (av[n] = va_arg(ap, char *)) != NULL)
		if (++n == EXECL_MAX) {
			errno = E2BIG;
			return -1;
		}
	av[n] = NULL;
	if (envp != NULL)
		*envp = va_arg(ap, char **);
	return 0;
}

/* execv with the arguments listed, ending with a NULL. */
int execl(const char *path, const char *arg0, ...)
{
	char *av[EXECL_MAX + 1];
	va_list ap;
	int r;

	va_start(ap, arg0);
	r = gather(av, arg0, ap, NULL);
	va_end(ap);
	return r < 0 ? r : execv(path, av);
}

/* execve with the arguments listed, then a NULL, then the environment. */
int execle(const char *path, const char *arg0, ...)
{
	char *av[EXECL_MAX + 1], **envp;
	va_list ap;
	int r;

	va_start(ap, arg0);
	r = gather(av, arg0, ap, &envp);
	va_end(ap);
	return r < 0 ? r : execve(path, av, envp);
}

/* execvp with the arguments listed, ending with a NULL. */
int execlp(const char *file, const char *arg0, ...)
{
	char *av[EXECL_MAX + 1];
	va_list ap;
	int r;

	va_start(ap, arg0);
	r = gather(av, arg0, ap, NULL);
	va_end(ap);
	return r < 0 ? r : execvp(file, av);
}

/* The size of the descriptor table: OPEN_MAX. */
int getdtablesize(void)
{
	return OPEN_MAX;
}
