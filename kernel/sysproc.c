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
#include "sysproto.h"
#include "traps.h"
#include "vm.h"

int sys_exit(int status)
{
	proc_exit(W_EXITCODE(status));
}

int sys_fork(void)
{
	return proc_fork();
}

/* waitpid(pid, status, options): status may be NULL (0). */
int sys_waitpid(int pid, uint32_t ustatus, int options)
{
	int status = 0, r;

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED))
		return -EINVAL;
	/* Check the pointer before reaping, so no status is lost. */
	if (ustatus && !uaccess_ok(ustatus, sizeof(int), 1))
		return -EFAULT;
	r = proc_wait(pid, &status, options);
	if (r > 0 && ustatus && copyout(ustatus, &status, sizeof(status)) < 0)
		return -EFAULT;
	return r;
}

int sys_getpid(void)
{
	return curproc->pid;
}

int sys_getppid(void)
{
	return curproc->parent ? curproc->parent->pid : 0;
}

/* sbrk(incr): returns the old break. */
int sys_sbrk(int increment)
{
	uint32_t old;
	int r = vm_sbrk(curproc->mm, increment, &old);

	return r < 0 ? r : (int)old;
}

/* usleep(usec): sleeps at least usec microseconds, in whole ticks. */
int sys_usleep(unsigned usec)
{
	uint32_t ms = usec / 1000 + (usec % 1000 != 0);
	uint32_t n =
		ms / 1000 * timer_hz + ((ms % 1000) * timer_hz + 999) / 1000;
	uint32_t start = curproc->call_start; /* a rerun keeps it */

	/* The current tick is partly over: one more makes "at least" true. */
	if (n > 0)
		n++;
	intr_push(); /* a tick between the test and the sleep is not lost */
	while (ticks - start < n) {
		if (proc_interrupted()) {
			intr_pop();
			return -EINTR;
		}
		sleep((void *)&ticks);
	}
	intr_pop();
	return 0;
}

int sys_kill(int pid, int sig)
{
	return proc_kill(pid, sig);
}

/* uptime(): milliseconds since boot. */
int sys_uptime(void)
{
	return (int)(ticks / timer_hz * 1000 +
		     ticks % timer_hz * 1000 / timer_hz);
}

/*
 * clock_gettime(clk, ts): the time of CLOCK_REALTIME or CLOCK_MONOTONIC,
 * to a tick's resolution. -EINVAL for another clock, -EFAULT for ts.
 */
int sys_clock_gettime(int clk, uint32_t uts)
{
	struct ktimespec ts;
	uint32_t sec, nsec;

	if (timer_clock(clk, &sec, &nsec) < 0)
		return -EINVAL;
	ts.tv_sec = (int32_t)sec;
	ts.tv_nsec = (int32_t)nsec;
	return copyout(uts, &ts, sizeof(ts));
}

/*
 * procinfo(slot, p): fills *p for a used slot; -ESRCH if the slot is
 * unused, -EINVAL past the end of the table.
 */
int sys_procinfo(int slot, uint32_t upi)
{
	struct procinfo pi;
	struct proc *p;

	if (slot < 0 || slot >= NPROC)
		return -EINVAL;
	if (!uaccess_ok(upi, sizeof(pi), 1))
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
	pi.kticks = p->kticks;
	pi.nvcsw = p->nvcsw;
	pi.nivcsw = p->nivcsw;
	pi.uid = p->cred.uid;
	pi.euid = p->cred.euid;
	memcpy(pi.name, p->name, sizeof(pi.name));
	return copyout(upi, &pi, sizeof(pi));
}

int sys_meminfo(uint32_t umi)
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
	mi.reserved_frames = kalloc_nreserved();
	return copyout(umi, &mi, sizeof(mi));
}

/* halt(status): powers the machine off; only root may (-EPERM). */
int sys_halt(int status)
{
	if (!cred_is_root())
		return -EPERM;
	kprintf("kernel: halted by %s (status %d), %u free frames\n",
		curproc->pid == 1 ? "init" : curproc->name, status,
		kalloc_nfree());
	power_off(EXIT_OK);
}

/*
 * setpgid(pid, pgid): pid 0 is the caller, pgid 0 means pgid = pid. As
 * POSIX has it, a process may only join a group that exists (kestrel has
 * one session: every process is in it) or start its own: else EPERM.
 */
int sys_setpgid(int pid, int pgid)
{
	struct proc *p;

	if (pid < 0 || pgid < 0)
		return -EINVAL;
	p = pid == 0 ? curproc : proc_find(pid);
	if (p == NULL || (p != curproc && p->parent != curproc))
		return -ESRCH;
	if (pgid == 0)
		pgid = p->pid;
	if (pgid != p->pid && !proc_group_exists(pgid))
		return -EPERM;
	p->pgid = pgid;
	return 0;
}

/*
 * tcsetpgrp(fd, pgrp): makes pgrp the group that ^C and ^Z reach; fd must
 * be the console, and pgrp a group that exists (0, a kestrel extension:
 * no group). Only the foreground group may hand the console on, or anyone
 * when no live group holds it, or a caller that ignores or blocks SIGTTOU
 * (as POSIX has it: how a shell takes the console back from a job that
 * stopped). Another background caller would get SIGTTOU in POSIX, and
 * gets EPERM here.
 */
int sys_tcsetpgrp(int fd, int pgrp)
{
	int fg = console_get_fg();
	int ttou_off = curproc->sig.action[SIGTTOU].handler == SIGH_IGN ||
		       (curproc->sig.blocked & SIGBIT(SIGTTOU));

	if (fd < 0 || fd >= NOFILE || curproc->ofile[fd] == NULL)
		return -EBADF;
	if (curproc->ofile[fd]->type != FD_CONSOLE)
		return -ENOTTY;
	if (pgrp < 0)
		return -EINVAL;
	if (fg != 0 && fg != curproc->pgid && proc_group_exists(fg) &&
	    !ttou_off)
		return -EPERM; /* a background caller */
	if (pgrp != 0 && !proc_group_exists(pgrp))
		return -EPERM;
	console_set_fg(pgrp);
	return 0;
}

/*
 * tcnoecho(fd): the console does not echo the next line typed, but for
 * its newline (for a password). -EBADF, or -ENOTTY if fd is not the
 * console.
 */
int sys_tcnoecho(int fd)
{
	if (fd < 0 || fd >= NOFILE || curproc->ofile[fd] == NULL)
		return -EBADF;
	if (curproc->ofile[fd]->type != FD_CONSOLE)
		return -ENOTTY;
	console_noecho();
	return 0;
}

/*
 * intrinfo(vec, ii): how often vector vec was taken since boot, and its
 * name: the kernel's own count of every interrupt, exception and system
 * call, as Linux's /proc/interrupts shows them.
 */
int sys_intrinfo(int vec, uint32_t uii)
{
	struct intrinfo ii;

	if (vec < 0 || vec >= NVECTORS)
		return -EINVAL;
	memset(&ii, 0, sizeof(ii));
	ii.count = trap_count(vec);
	ii.irq = vec >= T_IRQ0 && vec < T_IRQ0 + NIRQ ? vec - T_IRQ0 : -1;
	ii.spurious = ii.irq >= 0 ? pic_spurious(ii.irq) : 0;
	strncpy_safe(ii.name, trap_name(vec), sizeof(ii.name));
	return copyout(uii, &ii, sizeof(ii));
}

/*
 * intrstat(st, reset): the deepest trap nesting and the longest stretch
 * with interrupts off so far (with the kernel function it began in);
 * reset starts both over, for measuring one piece of work. Also the
 * time-stamp counter at the two ends of the kernel's part of boot.
 */
int sys_intrstat(uint32_t ust, int reset)
{
	struct intrstat st;
	uint32_t from, off;
	uint64_t longest;
	const char *name;

	if (!uaccess_ok(ust, sizeof(st), 1))
		return -EFAULT;
	memset(&st, 0, sizeof(st));
	st.max_nesting = (uint32_t)trap_max_nesting(reset);
	longest = intr_off_longest(&from, reset);
	st.off_longest =
		longest > 0xffffffffu ? 0xffffffffu : (uint32_t)longest;
	st.ndeferred = defer_count();
	st.boot_tsc_entry = boot_tsc_entry;
	st.boot_tsc_ready = boot_tsc_ready;
	name = ksym_lookup(from, &off);
	if (name)
		ksnprintf(st.off_where, sizeof(st.off_where), "%s+0x%x", name,
			  off);
	else
		ksnprintf(st.off_where, sizeof(st.off_where), "0x%08x", from);
	return copyout(ust, &st, sizeof(st));
}

/*
 * vtop(addr): the physical address behind user address addr, so students
 * can see that equal virtual addresses in two processes differ in memory.
 */
int sys_vtop(uint32_t uaddr)
{
	uint32_t avail;
	void *k;

	if (uaddr >= USER_TOP)
		return -EFAULT;
	k = mm_ops->kaddr(curproc->mm, uaddr, 0, &avail); /* a read */
	if (k == NULL)
		return -EFAULT;
	return (int)V2P(k);
}
