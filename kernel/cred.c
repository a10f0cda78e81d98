/*
 * Users and groups: each process's real, effective and saved ids, the
 * calls that read and change them with POSIX's rules, and the two
 * questions the rest of the kernel asks of them: may the caller do this
 * to a file of that mode and owner (cred_permit), and may it signal that
 * process (cred_may_signal). The file systems own the owners and modes.
 */
#include "cred.h"
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/stat.h"
#include "proc.h"
#include "sysproto.h"
#include "vm.h"

#define ID_MAX 0xffff /* ext2 keeps 16 bits of an owner */

/* The first process is root, with no supplementary groups. */
void cred_init(struct proc *p)
{
	memset(&p->cred, 0, sizeof(p->cred));
	memset(&p->allow, 0, sizeof(p->allow));
}

/* fork: the child is whoever the parent is, under the same allow-list. */
void cred_fork(struct proc *child, struct proc *parent)
{
	child->cred = parent->cred;
	child->allow = parent->allow;
}

/*
 * exec of a file of this mode and owner: a set-user-id file makes its
 * owner the effective user, a set-group-id file its group the effective
 * group; the saved ids then take the effective ones, as POSIX says. An
 * allow-list waiting for the exec takes force (allow.c).
 */
void cred_exec(struct proc *p, uint32_t mode, uint32_t uid, uint32_t gid)
{
	if (mode & S_ISUID)
		p->cred.euid = uid;
	if (mode & S_ISGID)
		p->cred.egid = gid;
	p->cred.suid = p->cred.euid;
	p->cred.sgid = p->cred.egid;
	allow_exec(p);
}

/* Is the calling process root (effective uid 0)? No process: the kernel. */
int cred_is_root(void)
{
	return curproc == NULL || curproc->cred.euid == ROOT_UID;
}

/* Is gid the caller's effective group or one of its supplementary ones? */
int cred_in_group(uint32_t gid)
{
	struct cred *c = &curproc->cred;

	if (c->egid == gid)
		return 1;
	for (int i = 0; i < c->ngroups; i++)
		if (c->groups[i] == gid)
			return 1;
	return 0;
}

/*
 * May the caller have access want (MAY_READ | MAY_WRITE | MAY_EXEC) to a
 * file of this mode, owner uid and group gid? One class of the mode
 * decides: the owner's if the caller's effective uid owns it, else the
 * group's if the file's group is one of the caller's, else the others'.
 * Root may do anything but execute a file that no one may execute.
 * Returns 0 or -EACCES.
 */
int cred_permit(uint32_t mode, uint32_t uid, uint32_t gid, int want)
{
	uint32_t bits;

	if (cred_is_root()) {
		if (!(want & MAY_EXEC) || S_ISDIR(mode) || (mode & 0111))
			return 0;
		return -EACCES;
	}
	if (curproc->cred.euid == uid)
		bits = mode >> 6;
	else if (cred_in_group(gid))
		bits = mode >> 3;
	else
		bits = mode;
	return ((int)bits & want) == want ? 0 : -EACCES;
}

/*
 * May the caller send target a signal? POSIX's rule: root may signal
 * anyone, others a process whose real or saved user id is the caller's
 * real or effective one.
 */
int cred_may_signal(struct proc *target)
{
	struct cred *c = &curproc->cred, *t = &target->cred;

	if (c->euid == ROOT_UID)
		return 1;
	return c->uid == t->uid || c->uid == t->suid || c->euid == t->uid ||
	       c->euid == t->suid;
}

int sys_getuid(void)
{
	return (int)curproc->cred.uid;
}

int sys_geteuid(void)
{
	return (int)curproc->cred.euid;
}

int sys_getgid(void)
{
	return (int)curproc->cred.gid;
}

int sys_getegid(void)
{
	return (int)curproc->cred.egid;
}

/*
 * setuid(uid): root sets the real, effective and saved user ids; anyone
 * else may only make the effective id its real or saved one (EPERM).
 */
int sys_setuid(int uid)
{
	struct cred *c = &curproc->cred;

	if (uid < 0 || uid > ID_MAX)
		return -EINVAL;
	if (c->euid == ROOT_UID)
		c->uid = c->suid = (uint32_t)uid;
	else if ((uint32_t)uid != c->uid && (uint32_t)uid != c->suid)
		return -EPERM;
	c->euid = (uint32_t)uid;
	return 0;
}

/* setgid(gid): as setuid, for the group ids; root is still euid 0. */
int sys_setgid(int gid)
{
	struct cred *c = &curproc->cred;

	if (gid < 0 || gid > ID_MAX)
		return -EINVAL;
	if (c->euid == ROOT_UID)
		c->gid = c->sgid = (uint32_t)gid;
	else if ((uint32_t)gid != c->gid && (uint32_t)gid != c->sgid)
		return -EPERM;
	c->egid = (uint32_t)gid;
	return 0;
}

/* seteuid(uid): root any; others their real or saved user id only. */
int sys_seteuid(int uid)
{
	struct cred *c = &curproc->cred;

	if (uid < 0 || uid > ID_MAX)
		return -EINVAL;
	if (c->euid != ROOT_UID && (uint32_t)uid != c->uid &&
	    (uint32_t)uid != c->suid)
		return -EPERM;
	c->euid = (uint32_t)uid;
	return 0;
}

/* setegid(gid): root any; others their real or saved group id only. */
int sys_setegid(int gid)
{
	struct cred *c = &curproc->cred;

	if (gid < 0 || gid > ID_MAX)
		return -EINVAL;
	if (c->euid != ROOT_UID && (uint32_t)gid != c->gid &&
	    (uint32_t)gid != c->sgid)
		return -EPERM;
	c->egid = (uint32_t)gid;
	return 0;
}

/*
 * getgroups(size, list): the supplementary groups, as ints; size 0 only
 * counts them. Returns the count, or -EINVAL if size is too small.
 */
int sys_getgroups(int size, uint32_t ulist)
{
	struct cred *c = &curproc->cred;
	int list[NGROUPS];

	if (size == 0)
		return c->ngroups;
	if (size < c->ngroups)
		return -EINVAL;
	for (int i = 0; i < c->ngroups; i++)
		list[i] = (int)c->groups[i];
	if (c->ngroups &&
	    copyout(ulist, list, (uint32_t)c->ngroups * sizeof(int)) < 0)
		return -EFAULT;
	return c->ngroups;
}

/* setgroups(size, list): root sets the supplementary groups (EPERM). */
int sys_setgroups(int size, uint32_t ulist)
{
	struct cred *c = &curproc->cred;
	int list[NGROUPS];

	if (c->euid != ROOT_UID)
		return -EPERM;
	if (size < 0 || size > NGROUPS)
		return -EINVAL;
	if (size && copyin(list, ulist, (uint32_t)size * sizeof(int)) < 0)
		return -EFAULT;
	for (int i = 0; i < size; i++)
		if (list[i] < 0 || list[i] > ID_MAX)
			return -EINVAL;
	for (int i = 0; i < size; i++)
		c->groups[i] = (uint32_t)list[i];
	c->ngroups = size;
	return 0;
}
