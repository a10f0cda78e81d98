/*
 * System calls about processes, time and the machine: each takes its
 * arguments already copied into the kernel, validates them, and returns
 * a value >= 0 or -errno. Pointer results go out through copyout.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "kestrel/sysinfo.h"
#include "memlayout.h"
#include "proc.h"
#include "sysdefs.h"
#include "vm.h"

int sys_exit(const uint32_t *arg)
{
	proc_exit(W_EXITCODE((int)arg[0]));
	return 0;
}

int sys_fork(const uint32_t *arg)
{
	(void)arg;
	return proc_fork();
}

/* waitpid(pid, status, options): status may be NULL (0). */
int sys_waitpid(const uint32_t *arg)
{
	int pid = (int)arg[0], options = (int)arg[2], status = 0, r;
	uint32_t ustatus = arg[1];

	if (options & ~WNOHANG)
		return -EINVAL;
	/* Check the pointer before reaping, so no status is lost. */
	if (ustatus && !uaccess_ok(ustatus, sizeof(int), 1))
		return -EFAULT;
	r = proc_wait(pid, &status, options);
	if (r > 0 && ustatus && copyout(ustatus, &status, sizeof(status)) < 0)
		return -EFAULT;
	return r;
}

int sys_getpid(const uint32_t *arg)
{
	(void)arg;
	return curproc->pid;
}

int sys_getppid(const uint32_t *arg)
{
	(void)arg;
	return curproc->parent ? curproc->parent->pid : 0;
}

/* sbrk(incr): returns the old break. */
int sys_sbrk(const uint32_t *arg)
{
	uint32_t old;
	int r = mm_ops->sbrk(curproc->mm, (int32_t)arg[0], &old);

	return r < 0 ? r : (int)old;
}

/* usleep(usec): sleeps at least usec microseconds, in whole ticks. */
int sys_usleep(const uint32_t *arg)
{
	uint32_t ms = arg[0] / 1000 + (arg[0] % 1000 != 0);
	uint32_t n =
		ms / 1000 * timer_hz + ((ms % 1000) * timer_hz + 999) / 1000;
	uint32_t start = ticks;

	/* The current tick is partly over: one more makes "at least" true. */
	if (n > 0)
		n++;
	while (ticks - start < n) {
		if (curproc->killed)
			return -EINTR;
		sleep((void *)&ticks);
	}
	return 0;
}

int sys_kill(const uint32_t *arg)
{
	return proc_kill((int)arg[0], (int)arg[1]);
}

/* uptime(): milliseconds since boot. */
int sys_uptime(const uint32_t *arg)
{
	(void)arg;
	return (int)(ticks / timer_hz * 1000 +
		     ticks % timer_hz * 1000 / timer_hz);
}

/* procinfo(slot, p): fills *p for a used slot; -ESRCH unused, -EINVAL past end.
 */
int sys_procinfo(const uint32_t *arg)
{
	int slot = (int)arg[0];
	struct procinfo pi;
	struct proc *p;

	if (slot < 0 || slot >= NPROC)
		return -EINVAL;
	if (!uaccess_ok(arg[1], sizeof(pi), 1))
		return -EFAULT;
	p = &proc_table[slot];
	if (p->state == UNUSED)
		return -ESRCH;
	memset(&pi, 0, sizeof(pi));
	pi.pid = p->pid;
	pi.ppid = p->parent ? p->parent->pid : 0;
	pi.state = p->state;
	pi.mem_bytes = p->mm ? p->mm->npages * 4096 : 0;
	pi.base = p->mm ? p->mm->base : 0;
	pi.nsyscalls = p->nsyscalls;
	pi.ninterrupts = p->ninterrupts;
	pi.nfaults = p->nfaults;
	pi.ticks = p->ticks;
	memcpy(pi.name, p->name, sizeof(pi.name));
	return copyout(arg[1], &pi, sizeof(pi));
}

int sys_meminfo(const uint32_t *arg)
{
	struct meminfo mi;

	memset(&mi, 0, sizeof(mi));
	mi.free_frames = kalloc_nfree();
	mi.total_frames = kalloc_ntotal();
	mi.nproc_free = (uint32_t)proc_nfree();
	mi.nproc_max = NPROC;
	mi.mm = mm_model;
	mi.hz = timer_hz;
	mi.largest_free = kalloc_largest_run();
	return copyout(arg[0], &mi, sizeof(mi));
}

/* halt(status): powers the machine off; only init may. */
int sys_halt(const uint32_t *arg)
{
	if (curproc->pid != 1)
		return -EPERM;
	kprintf("kernel: halted by init (status %d), %u free frames\n",
		(int)arg[0], kalloc_nfree());
	power_off(EXIT_OK);
}

/* setpgid(pid, pgid): pid 0 is the caller, pgid 0 means pgid = pid. */
int sys_setpgid(const uint32_t *arg)
{
	int pid = (int)arg[0], pgid = (int)arg[1];
	struct proc *p;

	if (pid < 0 || pgid < 0)
		return -EINVAL;
	p = pid == 0 ? curproc : proc_find(pid);
	if (p == NULL || (p != curproc && p->parent != curproc))
		return -ESRCH;
	p->pgid = pgid == 0 ? p->pid : pgid;
	return 0;
}

/*
 * tcsetpgrp(fd, pgrp): makes pgrp the group that ^C interrupts; fd must
 * be the console. pgrp 0 means no group (a shell waiting at its prompt).
 */
int sys_tcsetpgrp(const uint32_t *arg)
{
	int fd = (int)arg[0], pgrp = (int)arg[1];

	if (fd < 0 || fd >= NOFILE || curproc->ofile[fd] == NULL)
		return -EBADF;
	if (curproc->ofile[fd]->type != FD_CONSOLE)
		return -ENOTTY;
	if (pgrp < 0)
		return -EINVAL;
	console_set_fg(pgrp);
	return 0;
}

/*
 * vtop(addr): the physical address behind user address addr, so students
 * can see that equal virtual addresses in two processes differ in memory.
 */
int sys_vtop(const uint32_t *arg)
{
	uint32_t avail;
	void *k;

	if (arg[0] >= USER_TOP)
		return -EFAULT;
	k = mm_ops->kaddr_load(curproc->mm, arg[0], &avail);
	if (k == NULL)
		return -EFAULT;
	return (int)V2P(k);
}
