/*
 * The POSIX process and file-descriptor calls. Most are system call stubs
 * (tools/syscalls.tbl); all return -1 and set errno on failure.
 */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifndef SEEK_SET
#define SEEK_SET 0 /* lseek's whence: from the start */
#define SEEK_CUR 1 /* from the current position */
#define SEEK_END 2 /* from the end */
#endif

/* Ends the process at once, without flushing stdio (see exit()). */
__attribute__((noreturn)) void _exit(int status);
/* Returns the child's pid in the parent and 0 in the child. */
pid_t fork(void);
/*
 * Replace the program; return only on failure. argv and envp end with
 * NULL. execve gives the new program envp as its environment, the others
 * pass environ on (execle: the pointer after the list's NULL). execvp
 * and execlp look for a file without a '/' in the directories of PATH
 * (/bin if PATH is unset; an empty entry is the current directory).
 */
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execl(const char *path, const char *arg0, ... /* NULL */);
int execle(const char *path, const char *arg0, ... /* NULL, envp */);
int execlp(const char *file, const char *arg0, ... /* NULL */);
/* The environment: "NAME=value" strings, ending with NULL (crt0 sets it). */
extern char **environ;
pid_t getpid(void);
pid_t getppid(void);

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
int dup(int fd);
int dup2(int oldfd, int newfd);
/* fds[0] is the read end, fds[1] the write end. */
int pipe(int fds[2]);

/* Moves fd's offset (SEEK_SET, SEEK_CUR, SEEK_END); returns the new one. */
off_t lseek(int fd, off_t off, int whence);
#ifndef F_OK   /* also in kestrel/fcntl.h */
#define F_OK 0 /* access: the file exists */
#define R_OK 4 /* may be read */
#define W_OK 2 /* may be written */
#define X_OK 1 /* may be executed (a directory: searched) */
#endif
/* May the process, by its real ids, have access amode to path? 0, or -1
 * with errno (EACCES, ENOENT, EROFS for a write to the initrd...). */
int access(const char *path, int amode);
/* Sets the size of a file open for writing. */
int ftruncate(int fd, off_t len);
/* Return when fd's data (fsync) or everything (sync) is on the disk. */
int fsync(int fd);
/* fsync: there is no lighter way to put only the data on the disk. */
int fdatasync(int fd);
void sync(void);
/* Remove a name of a file, or an empty directory. */
int unlink(const char *path);
int rmdir(const char *path);
/* Gives the file old a second name, new. */
int link(const char *old, const char *new);
/* Changes the current directory. */
int chdir(const char *path);
/* Copies the current directory's path into buf (n bytes); NULL on error. */
char *getcwd(char *buf, size_t n);

/* Grows (or shrinks) the heap; returns the old break, or (void *)-1. */
void *sbrk(intptr_t increment);
/* Sleeps for seconds; returns 0, or the seconds left if interrupted. */
unsigned int sleep(unsigned int seconds);
int usleep(unsigned int usec);
/* SIGALRM in seconds (0: cancel); returns the seconds the last had left. */
unsigned int alarm(unsigned int seconds);
/* Waits until a signal handler runs; returns -1, errno EINTR. */
int pause(void);

/* Puts process pid (0: the caller) in group pgid (0: a group of its own). */
int setpgid(pid_t pid, pid_t pgid);
/* Makes pgrp the console's foreground group: ^C sends it SIGINT. */
int tcsetpgrp(int fd, pid_t pgrp);

/* The size of the descriptor table (OPEN_MAX), as BSD has it. */
int getdtablesize(void);

/*
 * Users and groups (kernel/cred.c): the real and effective ids; only
 * root may take another's. setuid by root sets the real, effective and
 * saved ids; anyone may set the effective id to its real or saved one.
 */
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t uid);
int setgid(gid_t gid);
int seteuid(uid_t uid);
int setegid(gid_t gid);
/* The supplementary groups: up to size into list; size 0 only counts. */
int getgroups(int size, gid_t list[]);
/* Sets them (root only). */
int setgroups(int size, const gid_t list[]);
/* Gives path owner uid and group gid; (uid_t)-1 keeps one as it is. */
int chown(const char *path, uid_t uid, gid_t gid);

/*
 * Command-line options (user/lib/getopt.c): returns the next option
 * letter of argv that optstring lists ("ab:": b takes an argument, left
 * in optarg), '?' for an unknown one or a missing argument (':' for the
 * latter if optstring starts with ':'), and -1 at the first operand,
 * which optind then indexes. opterr = 0 silences its messages; optopt
 * holds the letter at fault.
 */
int getopt(int argc, char *const argv[], const char *optstring);
extern char *optarg;
extern int optind, opterr, optopt;

/* Terminals, links and small file calls (user/lib/sysconf.c, tty.c). */
int isatty(int fd);
char *ttyname(int fd);
int ttyname_r(int fd, char *buf, size_t n);
ssize_t readlink(const char *path, char *buf, size_t n);
int symlink(const char *target, const char *path);
int truncate(const char *path, off_t len);
int nice(int inc);

/* sysconf's names (user/lib/sysconf.c). */
#define _SC_ARG_MAX	     0
#define _SC_CHILD_MAX	     1
#define _SC_CLK_TCK	     2
#define _SC_NGROUPS_MAX	     3
#define _SC_OPEN_MAX	     4
#define _SC_STREAM_MAX	     5
#define _SC_VERSION	     6
#define _SC_PAGESIZE	     7
#define _SC_PAGE_SIZE	     _SC_PAGESIZE
#define _SC_LINE_MAX	     8
#define _SC_HOST_NAME_MAX    9
#define _SC_IOV_MAX	     10
#define _SC_NPROCESSORS_CONF 11
#define _SC_NPROCESSORS_ONLN 12
#define _SC_PHYS_PAGES	     13
#define _SC_AVPHYS_PAGES     14
#define _SC_TTY_NAME_MAX     15
#define _SC_ATEXIT_MAX	     16

/* pathconf's names. */
#define _PC_LINK_MAX	     0
#define _PC_MAX_CANON	     1
#define _PC_MAX_INPUT	     2
#define _PC_NAME_MAX	     3
#define _PC_PATH_MAX	     4
#define _PC_PIPE_BUF	     5
#define _PC_CHOWN_RESTRICTED 6
#define _PC_NO_TRUNC	     7
#define _PC_VDISABLE	     8

long sysconf(int name);
long pathconf(const char *path, int name);
long fpathconf(int fd, int name);
int getpagesize(void);
int gethostname(char *name, size_t n);

/* lockf's commands. Locks are always granted (one user, no lock table:
 * see <sys/file.h>); F_TEST reports the region unlocked. */
#define F_ULOCK 0
#define F_LOCK	1
#define F_TLOCK 2
#define F_TEST	3
int lockf(int fd, int cmd, off_t len);
/* fork: kestrel's fork copies on write, so vfork gains nothing from
 * sharing; the child may do anything a forked child may. */
pid_t vfork(void);
/* Copies n bytes from s to d with each pair's bytes swapped. */
void swab(const void *s, void *d, ssize_t n);

#endif
