/*
 * Who a process is (its user and group ids, kernel/cred.c) and which
 * system calls it may still make (its allow-list, kernel/allow.c). Both
 * live in struct proc; fork copies them and exec keeps them, except that
 * a set-user-id or set-group-id program changes the effective ids.
 */
#ifndef CRED_H
#define CRED_H

#include <stdint.h>

#define NGROUPS	    16 /* supplementary groups a process may hold */
#define ROOT_UID    0  /* the user the permission checks let through */
#define ALLOW_WORDS 4  /* bitmap words: room for calls 0 .. 127 */

/* A process's identity, POSIX's real, effective and saved ids. */
struct cred {
	uint32_t uid, euid, suid; /* real, effective, saved set-user-id */
	uint32_t gid, egid, sgid; /* ... and the same for the group */
	int ngroups;		  /* entries used in groups[] */
	uint32_t groups[NGROUPS]; /* supplementary groups */
};

/* A system-call allow-list: once on, only the calls in the set run. */
struct allow {
	int on;			   /* a list is in force */
	int kill;		   /* a refused call kills with SIGSYS */
	uint32_t set[ALLOW_WORDS]; /* SIGBIT-like: bit n allows call n */
	int pending;		   /* RESTRICT_EXEC: next waits for exec */
	int next_kill;
	uint32_t next[ALLOW_WORDS];
};

struct proc;
struct initrd_file;

#define MAY_READ  4 /* the r, w, x bits of one class of the mode */
#define MAY_WRITE 2
#define MAY_EXEC  1 /* execute a file, search a directory */

/* cred.c */
void cred_init(struct proc *p);
void cred_fork(struct proc *child, struct proc *parent);
void cred_exec(struct proc *p, uint32_t mode, uint32_t uid, uint32_t gid);
int cred_is_root(void);
int cred_in_group(uint32_t gid);
int cred_permit(uint32_t mode, uint32_t uid, uint32_t gid, int want);
int cred_may_signal(struct proc *target);

/* allow.c */
int allow_refuses(struct proc *p, uint32_t num);
void allow_exec(struct proc *p);

#endif
