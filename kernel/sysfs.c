/*
 * The system calls that name files by path: open, stat, mkdir, rmdir,
 * link, unlink, rename, chdir, getcwd, chmod, chown, statfs, and umask
 * and sync. Each checks the caller's permissions (cred.c) on the way.
 * The root is the disk's ext2 file system when one was mounted at boot,
 * else the initrd, which answers the calls that only read and refuses the
 * others with EROFS. Paths are copied into the kernel whole first.
 *
 * Calls that change directories take the namespace lock, a sleep-lock
 * that lets one of them run at a time. It keeps rename (which holds two
 * directories) from deadlocking against the others, which lock one
 * directory and then at most one inode inside it; lookups lock one inode
 * at a time and do not take it.
 */
#include "defs.h"
#include "file.h"
#include "fs.h"
#include "kestrel/errno.h"
#include "kestrel/fcntl.h"
#include "proc.h"
#include "sysproto.h"
#include "vm.h"

#define CONSOLE_PATH "/dev/console"
#define OPEN_FLAGS   (O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_APPEND)

static int ns_locked; /* the namespace lock is held */

static void ns_lock(void)
{
	intr_push();
	while (ns_locked)
		sleep(&ns_locked);
	ns_locked = 1;
	intr_pop();
}

static void ns_unlock(void)
{
	intr_push();
	ns_locked = 0;
	wakeup(&ns_locked);
	intr_pop();
}

/* May the caller have access want (MAY_*) to ip (valid)? 0 or -EACCES. */
static int iperm(struct inode *ip, int want)
{
	return cred_permit(ip->d.i_mode, ip->d.i_uid, ip->d.i_gid, want);
}

/*
 * May the caller remove ip's entry from dp? It must be able to write and
 * search dp; in a sticky directory (as /tmp) it must also own the file
 * or the directory, or be root. 0, -EACCES or -EPERM.
 */
static int may_delete(struct inode *dp, struct inode *ip)
{
	uint32_t euid = curproc->cred.euid;
	int r;

	if ((r = iperm(dp, MAY_WRITE | MAY_EXEC)) < 0)
		return r;
	if ((dp->d.i_mode & S_ISVTX) && !cred_is_root() &&
	    euid != ip->d.i_uid && euid != dp->d.i_uid)
		return -EPERM;
	return 0;
}

/* Is name "." or ".."? */
static int is_dot(const char *name)
{
	return name[0] == '.' && (name[1] == 0 || (name[1] == '.' && !name[2]));
}

/*
 * Makes a new inode of mode (type and permissions) named name in
 * directory dp (locked), which the caller must be able to write, owned
 * by the caller's effective user and group, with its link counted, and
 * for a directory its . and .. and dp's link from ... Returns 0 with *ipp
 * locked, or -errno.
 */
static int make_node(struct inode *dp, const char *name, uint16_t mode,
		     struct inode **ipp)
{
	struct inode *ip;
	int r;

	if (dp->d.i_links_count == 0)
		return -ENOENT; /* dp was removed */
	if ((r = iperm(dp, MAY_WRITE | MAY_EXEC)) < 0)
		return r;
	if ((r = inode_create(ext2_inode_group(dp->inum), mode, &ip)) < 0)
		return r;
	ip->d.i_links_count = S_ISDIR(mode) ? 2 : 1;
	ip->d.i_uid = (uint16_t)curproc->cred.euid;
	ip->d.i_gid = (uint16_t)curproc->cred.egid;
	if (S_ISDIR(mode))
		r = dir_init(ip, dp->inum);
	if (r == 0)
		r = iupdate(ip);
	if (r == 0)
		r = dir_link(dp, name, ip);
	if (r < 0) {
		ip->d.i_links_count = 0; /* iput frees it */
		iupdate(ip);
		iunlockput(ip);
		return r;
	}
	if (S_ISDIR(mode)) {
		dp->d.i_links_count++;
		iupdate(dp);
	}
	*ipp = ip;
	return 0;
}

/*
 * Finds path, creating a regular file of permissions mode (less the
 * umask) if it is missing; with excl, -EEXIST if it exists. Returns 0
 * with *ipp referenced and unlocked, and *made set if it made the file,
 * or -errno.
 */
static int create(const char *path, int mode, int excl, struct inode **ipp,
		  int *made)
{
	char name[EXT2_NAME_LEN + 1];
	struct inode *dp, *ip;
	int r;

	if ((r = namei_parent(path, name, &dp)) < 0)
		return r;
	ns_lock();
	if ((r = ilock(dp)) < 0)
		goto out;
	r = dir_lookup(dp, name, &ip, NULL);
	if (r == 0 && excl) {
		iput(ip);
		r = -EEXIST;
	} else if (r == -ENOENT) {
		r = make_node(dp, name,
			      S_IFREG | (mode & ~curproc->umask & S_IALLUGO),
			      &ip);
		if (r == 0)
			iunlock(ip);
		*made = r == 0;
	}
	iunlock(dp);
	if (r == 0)
		*ipp = ip;
out:
	ns_unlock();
	iput(dp);
	return r;
}

/*
 * The access an open asks for: reading, writing (O_TRUNC writes too).
 * A file that the open made itself needs none: it may be made read-only.
 */
static int open_access(struct file *f, int flags)
{
	return (f->readable ? MAY_READ : 0) |
	       (f->writable || (flags & O_TRUNC) ? MAY_WRITE : 0);
}

/* Opens path on the disk into f: the checks, O_CREAT and O_TRUNC. */
static int open_disk(struct file *f, const char *path, int flags, int mode)
{
	struct inode *ip;
	int r, made = 0;

	if (flags & O_CREAT)
		r = create(path, mode, flags & O_EXCL, &ip, &made);
	else
		r = namei(path, &ip);
	if (r < 0)
		return r;
	if ((r = ilock(ip)) < 0) {
		iput(ip);
		return r;
	}
	if (S_ISDIR(ip->d.i_mode) &&
	    (f->writable || (flags & (O_TRUNC | O_CREAT))))
		r = -EISDIR;
	else if (!S_ISDIR(ip->d.i_mode) && !S_ISREG(ip->d.i_mode))
		r = -EACCES; /* a symbolic link or a device: not supported */
	else if (!made && (r = iperm(ip, open_access(f, flags))) < 0)
		;
	else if ((flags & O_TRUNC) && S_ISREG(ip->d.i_mode) && ip->d.i_size)
		r = itrunc(ip, 0);
	iunlock(ip);
	if (r < 0) {
		iput(ip);
		return r;
	}
	f->type = FD_INODE;
	f->ip = ip;
	return 0;
}

/* Opens path in the initrd into f: reading only. */
static int open_initrd(struct file *f, const char *path, int flags)
{
	const struct initrd_file *e;
	int r;

	if ((e = initrd_namei(path, curproc->icwd, &r)) == NULL)
		return r == -ENOENT && (flags & O_CREAT) ? -EROFS : r;
	if (S_ISDIR(e->mode) && f->writable)
		return -EISDIR;
	if (f->writable || (flags & O_TRUNC))
		return -EROFS;
	if ((r = cred_permit(e->mode, ROOT_UID, ROOT_UID, MAY_READ)) < 0)
		return r; /* the initrd's files are root's */
	f->type = S_ISDIR(e->mode) ? FD_DIR : FD_INITRD;
	f->ifile = e;
	return 0;
}

/* Is there a free descriptor? */
static int fd_free(void)
{
	for (int fd = 0; fd < NOFILE; fd++)
		if (curproc->ofile[fd] == NULL)
			return 1;
	return 0;
}

/*
 * open(path, flags, mode): a file or directory of the root, or the
 * console. O_CREAT makes a missing file with permissions mode less the
 * umask (O_EXCL: -EEXIST if it exists); O_TRUNC empties it; O_APPEND
 * writes at its end.
 */
int sys_open(uint32_t upath, int flags, int mode)
{
	char path[MAXPATH];
	struct file *f;
	int r, fd;

	if ((r = copyinstr(path, upath, sizeof(path))) < 0)
		return r;
	if (flags & ~OPEN_FLAGS || (flags & O_ACCMODE) == O_ACCMODE)
		return -EINVAL;
	if (!fd_free())
		return -EMFILE;
	if ((f = file_alloc()) == NULL)
		return -ENFILE;
	f->readable = (flags & O_ACCMODE) != O_WRONLY;
	f->writable = (flags & O_ACCMODE) != O_RDONLY;
	f->append = (flags & O_APPEND) != 0;
	if (strcmp(path, CONSOLE_PATH) == 0) {
		f->type = FD_CONSOLE;
		r = 0;
	} else if (ext2_mounted()) {
		r = open_disk(f, path, flags, mode);
	} else {
		r = open_initrd(f, path, flags);
	}
	if (r < 0) {
		file_close(f);
		return r;
	}
	for (fd = 0; curproc->ofile[fd] != NULL; fd++)
		;
	curproc->ofile[fd] = f;
	return fd;
}

/* Fills st for path, on the disk or in the initrd. */
static int stat_path(const char *path, struct stat *st)
{
	const struct initrd_file *e;
	struct inode *ip;
	int r;

	memset(st, 0, sizeof(*st));
	if (strcmp(path, CONSOLE_PATH) == 0) {
		st->st_dev = ST_DEV_PIPE;
		st->st_mode = S_IFCHR | 0620;
		st->st_nlink = 1;
		return 0;
	}
	if (!ext2_mounted()) {
		if ((e = initrd_namei(path, curproc->icwd, &r)) == NULL)
			return r;
		initrd_stat(e, st);
		return 0;
	}
	if ((r = namei(path, &ip)) < 0)
		return r;
	if ((r = ilock(ip)) == 0) {
		stati(ip, st);
		iunlock(ip);
	}
	iput(ip);
	return r;
}

/* stat(path, st): what path names. */
int sys_stat(uint32_t upath, uint32_t ust)
{
	char path[MAXPATH];
	struct stat st;
	int r;

	if ((r = copyinstr(path, upath, sizeof(path))) < 0 ||
	    (r = stat_path(path, &st)) < 0)
		return r;
	return copyout(ust, &st, sizeof(st));
}

/*
 * access(path, amode): may the process, by its real user and group ids
 * (not the effective ones a set-user-id program runs with), read
 * (R_OK), write (W_OK) or execute (X_OK) path, or find it at all (F_OK)?
 * 0, or the error the access would meet: -EACCES, -ENOENT..., and
 * -EROFS to write a file of the read-only initrd.
 */
int sys_access(uint32_t upath, int amode)
{
	struct cred *c = &curproc->cred;
	uint32_t euid = c->euid, egid = c->egid;
	char path[MAXPATH];
	struct stat st;
	int r;

	if (amode & ~(R_OK | W_OK | X_OK))
		return -EINVAL;
	if ((r = copyinstr(path, upath, sizeof(path))) < 0)
		return r;
	/* The lookup and the check as the real user: the effective ids
	 * are put back before anything else can look at them. */
	c->euid = c->uid;
	c->egid = c->gid;
	r = stat_path(path, &st);
	/* A write to the read-only initrd: -EROFS before the mode bits,
	 * as Linux answers for a read-only file system. */
	if (r == 0 && (amode & W_OK) && st.st_dev == ST_DEV_INITRD)
		r = -EROFS;
	if (r == 0 && amode != F_OK)
		r = cred_permit(st.st_mode, st.st_uid, st.st_gid, amode);
	c->euid = euid;
	c->egid = egid;
	return r;
}

/* lstat(path, st): as stat; the file systems have no symbolic links to
 * follow (the disk's are not followed anywhere). */
int sys_lstat(uint32_t upath, uint32_t ust)
{
	return sys_stat(upath, ust);
}

/*
 * Copies a path in for a call that changes the tree. With no disk the
 * change cannot be made: -EROFS, after the errors the lookup would give
 * first, as on a read-only disk: -ENOTDIR or -ENAMETOOLONG for a path
 * that cannot be, -ENOENT for a missing file the call needs (exists:
 * unlink, rename, chmod...), -EEXIST for one it must make (mkdir).
 */
static int path_for_change(uint32_t upath, char *path, int exists)
{
	int r;

	if ((r = copyinstr(path, upath, MAXPATH)) < 0)
		return r;
	if (ext2_mounted())
		return 0;
	if (initrd_namei(path, curproc->icwd, &r) == NULL)
		return r == -ENOENT && !exists ? -EROFS : r;
	return exists ? -EROFS : -EEXIST;
}

/* mkdir(path, mode): a new directory, with permissions mode less umask. */
int sys_mkdir(uint32_t upath, int mode)
{
	char path[MAXPATH], name[EXT2_NAME_LEN + 1];
	struct inode *dp, *ip;
	int r;

	if ((r = path_for_change(upath, path, 0)) < 0 ||
	    (r = namei_parent(path, name, &dp)) < 0)
		return r;
	ns_lock();
	if ((r = ilock(dp)) == 0) {
		r = dir_lookup(dp, name, &ip, NULL);
		if (r == 0) {
			iput(ip);
			r = -EEXIST;
		} else if (r == -ENOENT) {
			r = make_node(
				dp, name,
				S_IFDIR | (mode & ~curproc->umask & S_IALLUGO),
				&ip);
			if (r == 0)
				iunlockput(ip);
		}
		iunlock(dp);
	}
	ns_unlock();
	iput(dp);
	return r;
}

/*
 * Removes the entry name (of inode ip, locked) from dp (locked) and
 * drops its link; a directory (which must be empty) drops all of its
 * own and its .. link in dp. Returns 0 or -errno.
 */
static int remove_entry(struct inode *dp, const char *name, struct inode *ip)
{
	int r;

	if (S_ISDIR(ip->d.i_mode)) {
		if (ip->inum == EXT2_ROOT_INO)
			return -EBUSY;
		if ((r = dir_isempty(ip)) <= 0)
			return r < 0 ? r : -ENOTEMPTY;
	}
	if ((r = dir_unlink(dp, name, ip->inum)) < 0)
		return r;
	if (S_ISDIR(ip->d.i_mode)) {
		ip->d.i_links_count = 0;
		if (dp->d.i_links_count > 1)
			dp->d.i_links_count--;
		iupdate(dp);
	} else if (ip->d.i_links_count > 0) {
		ip->d.i_links_count--;
	}
	itouch(ip, T_CTIME);
	return iupdate(ip);
}

/* unlink and rmdir: removes path, which must be a directory iff dir. */
static int remove_path(uint32_t upath, int dir)
{
	char path[MAXPATH], name[EXT2_NAME_LEN + 1];
	struct inode *dp, *ip;
	int r;

	if ((r = path_for_change(upath, path, 1)) < 0 ||
	    (r = namei_parent(path, name, &dp)) < 0)
		return r;
	if (is_dot(name)) {
		iput(dp);
		return !dir ? -EISDIR : name[1] ? -ENOTEMPTY : -EINVAL;
	}
	ns_lock();
	if ((r = ilock(dp)) < 0)
		goto out;
	if ((r = dir_lookup(dp, name, &ip, NULL)) == 0) {
		if ((r = ilock(ip)) == 0) {
			if (S_ISDIR(ip->d.i_mode) != dir)
				r = dir ? -ENOTDIR : -EISDIR;
			else if ((r = may_delete(dp, ip)) == 0)
				r = remove_entry(dp, name, ip);
			iunlock(ip);
		}
		iput(ip); /* the last link and reference frees it */
	}
	iunlock(dp);
out:
	ns_unlock();
	iput(dp);
	return r;
}

/* unlink(path): removes a name of a file; the last one frees it once it
 * is no longer open. */
int sys_unlink(uint32_t upath)
{
	return remove_path(upath, 0);
}

/* rmdir(path): removes an empty directory. */
int sys_rmdir(uint32_t upath)
{
	return remove_path(upath, 1);
}

/* link(old, new): a second name for a file (not a directory). */
int sys_link(uint32_t uold, uint32_t unew)
{
	char old[MAXPATH], new[MAXPATH], name[EXT2_NAME_LEN + 1];
	struct inode *ip, *dp, *other;
	int r;

	if ((r = copyinstr(new, unew, sizeof(new))) < 0 ||
	    (r = path_for_change(uold, old, 1)) < 0 ||
	    (r = namei(old, &ip)) < 0)
		return r;
	if ((r = namei_parent(new, name, &dp)) < 0) {
		iput(ip);
		return r;
	}
	ns_lock();
	if ((r = ilock(dp)) < 0)
		goto out;
	if ((r = iperm(dp, MAY_WRITE | MAY_EXEC)) < 0)
		;
	else if ((r = dir_lookup(dp, name, &other, NULL)) == 0) {
		iput(other);
		r = -EEXIST;
	} else if (r == -ENOENT && (r = ilock(ip)) == 0) {
		if (S_ISDIR(ip->d.i_mode)) {
			r = -EPERM;
		} else if ((r = dir_link(dp, name, ip)) == 0) {
			ip->d.i_links_count++;
			itouch(ip, T_CTIME);
			r = iupdate(ip);
		}
		iunlock(ip);
	}
	iunlock(dp);
out:
	ns_unlock();
	iput(dp);
	iput(ip);
	return r;
}

/* Is directory dir an ancestor of dp (or dp itself)? 1, 0 or -errno. */
static int is_ancestor(struct inode *dir, struct inode *dp)
{
	struct inode *cur = idup(dp), *up;
	int r = 0;

	for (int depth = 0; r == 0; depth++) {
		if (cur == dir) {
			r = 1;
			break;
		}
		if (cur->inum == EXT2_ROOT_INO || depth == 1000)
			break;
		if ((r = ilock(cur)) < 0)
			break;
		r = dir_lookup(cur, "..", &up, NULL);
		iunlockput(cur);
		if (r < 0)
			return r;
		cur = up;
	}
	iput(cur);
	return r;
}

/*
 * Makes ndp's entry nname name ip (a directory if dir), replacing what
 * it named: a file by a file, an empty directory by a directory. ndp is
 * locked. Returns 0, or -errno with nothing changed.
 */
static int rename_into(struct inode *ndp, const char *nname, struct inode *ip,
		       int dir)
{
	struct inode *old;
	int r;

	r = dir_lookup(ndp, nname, &old, NULL);
	if (r == -ENOENT)
		return dir_link(ndp, nname, ip);
	if (r < 0)
		return r;
	if ((r = ilock(old)) == 0) {
		if (dir && !S_ISDIR(old->d.i_mode))
			r = -ENOTDIR;
		else if (!dir && S_ISDIR(old->d.i_mode))
			r = -EISDIR;
		else if ((r = may_delete(ndp, old)) == 0)
			r = remove_entry(ndp, nname, old);
		iunlock(old);
	}
	iput(old);
	return r < 0 ? r : dir_link(ndp, nname, ip);
}

/* The part of rename after the lookups, with the namespace lock held. */
static int rename_locked(struct inode *odp, const char *oname,
			 struct inode *ndp, const char *nname)
{
	struct inode *ip, *same;
	int r, dir;

	if ((r = ilock(odp)) < 0)
		return r;
	r = dir_lookup(odp, oname, &ip, NULL);
	iunlock(odp);
	if (r < 0)
		return r;
	if ((r = ilock(ip)) < 0)
		goto out;
	dir = S_ISDIR(ip->d.i_mode);
	/* Moving a directory elsewhere rewrites its .. entry. */
	if ((r = may_delete(odp, ip)) == 0 && dir && ndp != odp)
		r = iperm(ip, MAY_WRITE);
	iunlock(ip);
	if (r < 0)
		goto out;
	if (dir && (r = is_ancestor(ip, ndp)) != 0) {
		r = r < 0 ? r : -EINVAL; /* into itself */
		goto out;
	}
	if ((r = ilock(ndp)) < 0)
		goto out;
	if ((r = iperm(ndp, MAY_WRITE | MAY_EXEC)) < 0) {
		iunlock(ndp);
		goto out;
	}
	if (dir_lookup(ndp, nname, &same, NULL) == 0) {
		r = same == ip; /* 1: it has that name already */
		iput(same);
	}
	if (r == 0)
		r = rename_into(ndp, nname, ip, dir);
	if (r == 0 && dir && ndp != odp) {
		ndp->d.i_links_count++;
		iupdate(ndp);
	}
	iunlock(ndp);
	if (r != 0)
		goto out;
	if ((r = ilock(odp)) < 0)
		goto out;
	r = dir_unlink(odp, oname, ip->inum);
	if (r == 0 && dir && ndp != odp) {
		odp->d.i_links_count--;
		iupdate(odp);
	}
	iunlock(odp);
	if (r == 0 && (r = ilock(ip)) == 0) {
		if (dir && ndp != odp)
			r = dir_set_dotdot(ip, ndp->inum);
		itouch(ip, T_CTIME);
		iupdate(ip);
		iunlock(ip);
	}
out:
	iput(ip);
	return r < 0 ? r : 0;
}

/*
 * rename(old, new): gives a file or directory the name new instead of
 * old, replacing a file (or an empty directory) named new. -EXDEV if one
 * of them is the console, which lives on no file system.
 */
int sys_rename(uint32_t uold, uint32_t unew)
{
	char old[MAXPATH], new[MAXPATH];
	char oname[EXT2_NAME_LEN + 1], nname[EXT2_NAME_LEN + 1];
	struct inode *odp, *ndp;
	int r;

	if ((r = copyinstr(new, unew, sizeof(new))) < 0 ||
	    (r = path_for_change(uold, old, 1)) < 0)
		return r;
	if (strcmp(old, CONSOLE_PATH) == 0 || strcmp(new, CONSOLE_PATH) == 0)
		return -EXDEV;
	if ((r = namei_parent(old, oname, &odp)) < 0)
		return r;
	if ((r = namei_parent(new, nname, &ndp)) < 0) {
		iput(odp);
		return r;
	}
	if (is_dot(oname) || is_dot(nname)) {
		r = -EINVAL;
	} else {
		ns_lock();
		r = rename_locked(odp, oname, ndp, nname);
		ns_unlock();
	}
	iput(odp);
	iput(ndp);
	return r;
}

/* chdir(path): makes the directory path the current directory. */
int sys_chdir(uint32_t upath)
{
	char path[MAXPATH];
	const struct initrd_file *e;
	struct inode *ip;
	int r;

	if ((r = copyinstr(path, upath, sizeof(path))) < 0)
		return r;
	if (!ext2_mounted()) {
		if ((e = initrd_namei(path, curproc->icwd, &r)) == NULL)
			return r;
		if (!S_ISDIR(e->mode))
			return -ENOTDIR;
		if ((r = cred_permit(e->mode, ROOT_UID, ROOT_UID, MAY_EXEC)) <
		    0)
			return r;
		curproc->icwd = e->name[0] ? e : NULL;
		return 0;
	}
	if ((r = namei(path, &ip)) < 0)
		return r;
	if ((r = ilock(ip)) < 0) {
		iput(ip);
		return r;
	}
	r = S_ISDIR(ip->d.i_mode) ? iperm(ip, MAY_EXEC) : -ENOTDIR;
	iunlock(ip);
	if (r < 0) {
		iput(ip);
		return r;
	}
	if (curproc->cwd)
		iput(curproc->cwd);
	curproc->cwd = ip;
	return 0;
}

/*
 * getcwd(buf, n): the current directory's absolute path. Returns its
 * length with the NUL; -ERANGE if n bytes cannot hold it, -ENOENT if it
 * was removed.
 */
int sys_getcwd(uint32_t ubuf, unsigned n)
{
	char path[MAXPATH];
	int r;

	if (n == 0)
		return -EINVAL;
	if (!ext2_mounted()) {
		r = ksnprintf(path, sizeof(path), "/%s",
			      curproc->icwd ? curproc->icwd->name : "");
		if (r >= (int)sizeof(path))
			return -ERANGE;
	} else if (curproc->cwd == NULL) {
		r = ksnprintf(path, sizeof(path), "/");
	} else if ((r = dir_path(curproc->cwd, path, sizeof(path))) < 0) {
		return r;
	}
	if ((unsigned)r + 1 > n)
		return -ERANGE;
	if (copyout(ubuf, path, (uint32_t)r + 1) < 0)
		return -EFAULT;
	return r + 1;
}

/*
 * chmod(path, mode): sets the permission bits; only the owner or root
 * may (-EPERM). A set-group-id bit for a group the caller is not in is
 * dropped, as POSIX allows, unless the caller is root.
 */
int sys_chmod(uint32_t upath, int mode)
{
	char path[MAXPATH];
	struct inode *ip;
	int r;

	if ((r = path_for_change(upath, path, 1)) < 0 ||
	    (r = namei(path, &ip)) < 0)
		return r;
	if ((r = ilock(ip)) == 0) {
		if (!cred_is_root() && curproc->cred.euid != ip->d.i_uid) {
			r = -EPERM;
		} else {
			if (!cred_is_root() && !cred_in_group(ip->d.i_gid))
				mode &= ~S_ISGID;
			ip->d.i_mode = (uint16_t)((ip->d.i_mode & S_IFMT) |
						  (mode & S_IALLUGO));
			itouch(ip, T_CTIME);
			r = iupdate(ip);
		}
		iunlock(ip);
	}
	iput(ip);
	return r;
}

/*
 * May the caller give ip (locked) owner uid and group gid (-1: keep it)?
 * Root may give any; the owner may only change the group, to one of its
 * own (POSIX's _POSIX_CHOWN_RESTRICTED). 0 or -EPERM.
 */
static int may_chown(struct inode *ip, int uid, int gid)
{
	if (cred_is_root())
		return 0;
	if (curproc->cred.euid != ip->d.i_uid)
		return -EPERM;
	if (uid != -1 && (uint32_t)uid != ip->d.i_uid)
		return -EPERM;
	if (gid != -1 && !cred_in_group((uint32_t)gid))
		return -EPERM;
	return 0;
}

/*
 * chown(path, uid, gid): gives a file another owner or group (-1 keeps
 * one as it is). A regular file changed by anyone but root loses its
 * set-user-id and set-group-id bits.
 */
int sys_chown(uint32_t upath, int uid, int gid)
{
	char path[MAXPATH];
	struct inode *ip;
	int r;

	if (uid < -1 || uid > 0xffff || gid < -1 || gid > 0xffff)
		return -EINVAL;
	if ((r = path_for_change(upath, path, 1)) < 0 ||
	    (r = namei(path, &ip)) < 0)
		return r;
	if ((r = ilock(ip)) == 0) {
		if ((r = may_chown(ip, uid, gid)) == 0) {
			if (uid != -1)
				ip->d.i_uid = (uint16_t)uid;
			if (gid != -1)
				ip->d.i_gid = (uint16_t)gid;
			if (!cred_is_root() && S_ISREG(ip->d.i_mode))
				ip->d.i_mode &= (uint16_t) ~(S_ISUID | S_ISGID);
			itouch(ip, T_CTIME);
			r = iupdate(ip);
		}
		iunlock(ip);
	}
	iput(ip);
	return r;
}

/* umask(mask): sets the permissions new files do not get; returns the
 * old mask. */
int sys_umask(int mask)
{
	int old = (int)curproc->umask;

	curproc->umask = (uint32_t)mask & 0777;
	return old;
}

/* sync(): returns when everything written is on the disk. */
int sys_sync(void)
{
	if (ext2_mounted())
		ide_flush();
	return 0;
}

/* statfs(path, st): the size and free space of path's file system. */
int sys_statfs(uint32_t upath, uint32_t ust)
{
	struct kstatfs st;
	struct stat s;
	char path[MAXPATH];
	int r;

	if ((r = copyinstr(path, upath, sizeof(path))) < 0 ||
	    (r = stat_path(path, &s)) < 0)
		return r;
	ext2_statfs(&st);
	if (!ext2_mounted() || s.st_dev != ST_DEV_DISK) {
		memset(&st, 0, sizeof(st));
		st.f_readonly = 1;
	}
	return copyout(ust, &st, sizeof(st));
}

/* A new process starts at the root, with umask 022 (proc_start_init). */
void fs_proc_init(struct proc *p)
{
	p->cwd = NULL;
	p->icwd = NULL;
	p->umask = 022;
}

/* fork: the child shares the parent's current directory and umask. */
void fs_proc_fork(struct proc *child, struct proc *parent)
{
	child->cwd = parent->cwd ? idup(parent->cwd) : NULL;
	child->icwd = parent->icwd;
	child->umask = parent->umask;
}

/* exit: lets go of the current directory (it may be freed, if removed). */
void fs_proc_exit(struct proc *p)
{
	if (p->cwd)
		iput(p->cwd);
	p->cwd = NULL;
}
