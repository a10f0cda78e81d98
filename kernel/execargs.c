/*
 * The argument and environment strings of an exec: copied from the old
 * program's memory (or taken from the kernel, for init) into pages of
 * their own, then laid out on the new program's stack. exec.c does the
 * rest of starting a program.
 */
#include "defs.h"
#include "exec.h"
#include "kestrel/errno.h"
#include "vm.h"

/* Words of the pointer lists written to the new stack at a time. */
#define PTR_CHUNK 128

/* An empty list of strings. */
void args_init(struct execargs *ea)
{
	memset(ea, 0, sizeof(*ea));
}

/* Frees the pages the strings took. */
void args_free(struct execargs *ea)
{
	for (int i = 0; i < ARGPAGES && ea->page[i] != NULL; i++) {
		kfree(ea->page[i]);
		ea->page[i] = NULL;
	}
	ea->len = 0;
}

/* Counts one more string, of argv or of envp; -E2BIG past MAXARG. */
static int args_count(struct execargs *ea, int env)
{
	if (ea->argc + ea->envc == MAXARG)
		return -E2BIG;
	if (env)
		ea->envc++;
	else
		ea->argc++;
	return 0;
}

/*
 * Where the next byte goes: the page it falls in, taken now if this is
 * its first byte. NULL if MAXARGBYTES are used (*err = -E2BIG) or no
 * page is free (*err = -ENOMEM).
 */
static char *args_next(struct execargs *ea, int *err)
{
	uint32_t i = ea->len / PGSIZE;

	if (ea->len == MAXARGBYTES) {
		*err = -E2BIG;
		return NULL;
	}
	if (ea->len % PGSIZE == 0 && (ea->page[i] = kalloc()) == NULL) {
		*err = -ENOMEM;
		return NULL;
	}
	return ea->page[i] + ea->len % PGSIZE;
}

/*
 * Appends a kernel string to argv's list (env 0) or envp's (env 1).
 * Returns 0, -E2BIG or -ENOMEM.
 */
int args_add(struct execargs *ea, const char *s, int env)
{
	char *dst;
	int r = 0;

	do {
		if ((dst = args_next(ea, &r)) == NULL)
			return r;
		*dst = *s;
		ea->len++;
	} while (*s++ != 0);
	return args_count(ea, env);
}

/*
 * Appends the user's string at ustr, a page's room at a time. copyinstr
 * stops where the room ends with a NUL in place of the room's last byte;
 * that byte is fetched again and the copy goes on in the next page.
 * Returns 0, -EFAULT, -E2BIG or -ENOMEM.
 */
static int args_add_user(struct execargs *ea, uint32_t ustr)
{
	uint32_t room;
	char *dst;
	int r = 0;

	for (;;) {
		if ((dst = args_next(ea, &r)) == NULL)
			return r;
		room = PGSIZE - ea->len % PGSIZE;
		r = copyinstr(dst, ustr, room);
		if (r >= 0) {
			ea->len += (uint32_t)r + 1;
			return 0;
		}
		if (r != -ENAMETOOLONG)
			return r;
		if ((r = copyin(dst + room - 1, ustr + room - 1, 1)) < 0)
			return r;
		ea->len += room;
		ustr += room;
	}
}

/*
 * Appends the strings of the user's NULL-ended vector at uvec to argv's
 * list (env 0) or envp's (env 1). A NULL envp is an empty environment,
 * as Linux takes it. Returns 0, -EFAULT, -E2BIG or -ENOMEM; the strings
 * are copied once and only the copies are used after.
 */
int args_copyin(struct execargs *ea, uint32_t uvec, int env)
{
	uint32_t ustr;
	int r;

	if (env && uvec == 0)
		return 0;
	for (uint32_t i = 0;; i++) {
		if (copyin(&ustr, uvec + i * 4, 4) < 0)
			return -EFAULT;
		if (ustr == 0)
			return 0;
		if ((r = args_count(ea, env)) < 0)
			return r;
		if ((r = args_add_user(ea, ustr)) < 0)
			return r;
	}
}

/*
 * The stack bytes the strings and their lists take: the strings, argc,
 * the two lists with their NULLs, and up to 19 bytes of alignment.
 */
uint32_t args_stack_bytes(const struct execargs *ea)
{
	return ea->len + 4 * (uint32_t)(ea->argc + ea->envc + 3) + 20;
}

/* The user address of each string in turn: out[0..n) from *pos on. */
static void args_addrs(const struct execargs *ea, uint32_t base, uint32_t *pos,
		       uint32_t *out, int n)
{
	for (int k = 0; k < n; k++) {
		out[k] = base + *pos;
		while (ea->page[*pos / PGSIZE][*pos % PGSIZE] != 0)
			(*pos)++;
		(*pos)++;
	}
}

/*
 * Writes the user addresses of the next n strings at *sp, PTR_CHUNK
 * words at a time, then a NULL; moves *sp past them. Returns 0 or
 * -EFAULT.
 */
static int args_put_list(struct mm *mm, const struct execargs *ea,
			 uint32_t base, uint32_t *pos, uint32_t *sp, int n)
{
	uint32_t w[PTR_CHUNK];
	int k;

	for (; n > 0; n -= k, *sp += (uint32_t)k * 4) {
		k = n < PTR_CHUNK ? n : PTR_CHUNK;
		args_addrs(ea, base, pos, w, k);
		if (copyout_mm(mm, *sp, w, (uint32_t)k * 4) < 0)
			return -EFAULT;
	}
	w[0] = 0;
	if (copyout_mm(mm, *sp, w, 4) < 0)
		return -EFAULT;
	*sp += 4;
	return 0;
}

/*
 * Lays the strings out at the top of mm's stack as the System V ABI has
 * it at a program's entry: at esp argc, then argv[] and its NULL, then
 * envp[] and its NULL, the strings above. Returns the new esp (16-byte
 * aligned) or 0 if the stack is too small for them.
 */
uint32_t args_build_stack(struct mm *mm, const struct execargs *ea)
{
	uint32_t base = mm->stack_top - ea->len, sp, esp, pos = 0, n;
	uint32_t argc = (uint32_t)ea->argc;

	if (args_stack_bytes(ea) > mm->stack_top - mm->stack_lo)
		return 0;
	for (uint32_t off = 0; off < ea->len; off += PGSIZE) {
		n = ea->len - off < PGSIZE ? ea->len - off : PGSIZE;
		if (copyout_mm(mm, base + off, ea->page[off / PGSIZE], n) < 0)
			return 0;
	}
	esp = ((base & ~3u) - 4 * (argc + (uint32_t)ea->envc + 3)) & ~15u;
	if (copyout_mm(mm, esp, &argc, 4) < 0)
		return 0;
	sp = esp + 4;
	if (args_put_list(mm, ea, base, &pos, &sp, ea->argc) < 0 ||
	    args_put_list(mm, ea, base, &pos, &sp, ea->envc) < 0)
		return 0;
	return esp;
}
