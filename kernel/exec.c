/*
 * Starting a program: load a checked ELF file from the root (the disk's,
 * read whole into kernel memory first, or the initrd) into a new address
 * space, lay the argument and environment strings out on its stack
 * (execargs.c), and aim the trap frame at the entry point in ring 3.
 * The old address space is freed only once the new one is whole.
 */
#include "defs.h"
#include "elf.h"
#include "exec.h"
#include "file.h"
#include "fs.h"
#include "kestrel/errno.h"
#include "memlayout.h"
#include "mmu.h"
#include "proc.h"
#include "sysdefs.h"
#include "trapframe.h"
#include "vm.h"

/* Maps and fills every PT_LOAD segment; returns the image's end or -errno. */
static int64_t load_segments(struct mm *mm, const uint8_t *data)
{
	const struct elf_ehdr *eh = (const void *)data;
	const struct elf_phdr *ph = (const void *)(data + eh->phoff);
	uint32_t end = 0;
	int r;

	for (int i = 0; i < eh->phnum; i++, ph++) {
		if (ph->type != PT_LOAD)
			continue;
		r = mm_ops->map(mm, ph->vaddr, ph->memsz,
				(ph->flags & PF_W) ? MM_W : 0);
		if (r < 0)
			return r;
		r = load_mm(mm, ph->vaddr, data + ph->offset, ph->filesz);
		if (r < 0)
			return r;
		if (ph->vaddr + ph->memsz > end)
			end = ph->vaddr + ph->memsz;
	}
	return end;
}

/* Aims p's trap frame at entry in ring 3 with a fresh register set. */
static void set_user_frame(struct proc *p, uint32_t entry, uint32_t esp)
{
	struct trapframe *tf = p->tf;

	memset(tf, 0, sizeof(*tf));
	tf->cs = SEL_UCODE;
	tf->ds = tf->es = tf->fs = tf->gs = tf->ss = SEL_UDATA;
	tf->eflags = FL_IF;
	tf->esp = esp;
	tf->eip = entry;
	p->tf_changed = 1; /* checked on the way out */
}

/* A program file in kernel memory: the initrd's, or a copy of the disk's. */
struct image {
	const uint8_t *data;
	uint32_t size;
	uint32_t npages; /* pages allocated for a copy; 0: the initrd's */
	uint32_t mode, uid, gid; /* the file's: set-user-id, its owner */
};

/* Reads disk file ip (locked, regular) into freshly allocated pages. */
static int image_read(struct inode *ip, struct image *im)
{
	uint8_t *buf;
	int r;

	if (ip->d.i_size > EXEC_MAX || ip->d.i_size == 0)
		return -ENOEXEC;
	im->npages = (ip->d.i_size + PGSIZE - 1) / PGSIZE;
	if ((buf = kalloc_contig(im->npages, 0, 0)) == NULL)
		return -ENOMEM;
	r = readi(ip, 0, (uint32_t)buf, 0, ip->d.i_size);
	if (r != (int)ip->d.i_size) {
		kfree_pages(buf, im->npages);
		return r < 0 ? r : -EIO;
	}
	im->data = buf;
	im->size = ip->d.i_size;
	return 0;
}

/*
 * Finds the program at path (relative to p's current directory) and
 * gets it into memory. Returns 0, or -ENOENT, -EACCES (not a regular
 * file, or the caller may not execute it), -ENOEXEC (too large),
 * -ENOMEM, -EIO.
 */
static int image_get(struct proc *p, const char *path, struct image *im)
{
	const struct initrd_file *f;
	struct inode *ip;
	int r;

	if (!ext2_mounted()) {
		if ((f = initrd_namei(path, p->icwd, &r)) == NULL)
			return r;
		if (!S_ISREG(f->mode) || cred_permit(f->mode, 0, 0, MAY_EXEC))
			return -EACCES;
		im->mode = f->mode;
		im->uid = im->gid =
			ROOT_UID; /* the initrd's files are root's */
		im->data = f->data;
		im->size = f->size;
		im->npages = 0;
		return 0;
	}
	if ((r = namei(path, &ip)) < 0)
		return r;
	if ((r = ilock(ip)) == 0) {
		r = !S_ISREG(ip->d.i_mode)
			    ? -EACCES
			    : cred_permit(ip->d.i_mode, ip->d.i_uid,
					  ip->d.i_gid, MAY_EXEC);
		if (r == 0)
			r = image_read(ip, im);
		im->mode = ip->d.i_mode;
		im->uid = ip->d.i_uid;
		im->gid = ip->d.i_gid;
		iunlock(ip);
	}
	iput(ip);
	return r;
}

static void image_put(struct image *im)
{
	if (im->npages)
		kfree_pages((void *)im->data, im->npages);
}

/* Loads checked image im into a new address space and switches p to it. */
static int exec_image(struct proc *p, const char *path, struct image *im,
		      const struct execargs *ea)
{
	const struct elf_ehdr *eh;
	struct mm *mm, *old;
	const char *why;
	int64_t end;
	uint32_t sp;

	why = elf_check(im->data, im->size, mm_ops->image_limit);
	if (why) {
		kprintf("exec: %s: %s\n", path, why);
		return -ENOEXEC;
	}
	eh = (const void *)im->data;
	if ((mm = mm_ops->create()) == NULL)
		return -ENOMEM;
	end = load_segments(mm, im->data);
	if (end < 0 ||
	    mm_ops->finish(mm, (uint32_t)end,
			   ustack_size(args_stack_bytes(ea))) < 0 ||
	    (sp = args_build_stack(mm, ea)) == 0) {
		mm_ops->destroy(mm);
		return end < 0 && end != -EFAULT ? (int)end : -ENOMEM;
	}
	old = p->mm;
	p->mm = mm;
	if (old != NULL && old == vm_active())
		vm_switch(mm); /* a running program's exec */
	if (old)
		mm_ops->destroy(old);
	set_user_frame(p, eh->entry, sp);
	proc_set_name(p, path);
	sig_exec(p);
	fpu_exec(p);
	cred_exec(p, im->mode, im->uid, im->gid);
	trace_exec(p, path);
	return 0;
}

/*
 * Replaces p's program with the file at path, giving it the argument and
 * environment strings in ea. Returns 0, or -ENOENT, -EACCES, -ENOEXEC,
 * -ENOMEM, -EIO (p is unchanged then).
 */
int exec_load(struct proc *p, const char *path, const struct execargs *ea)
{
	struct image im = {NULL, 0, 0, 0, 0, 0};
	int r;

	if ((r = image_get(p, path, &im)) < 0)
		return r;
	r = exec_image(p, path, &im, ea);
	image_put(&im);
	return r;
}
