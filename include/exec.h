/*
 * Starting a program (kernel/exec.c) and the strings it is given
 * (kernel/execargs.c): the argument and environment strings travel from
 * the old program, or from the kernel for init, in pages of their own.
 */
#ifndef EXEC_H
#define EXEC_H

#include <stdint.h>
#include "mmu.h"
#include "param.h"

struct mm;
struct proc;

#define ARGPAGES (MAXARGBYTES / PGSIZE) /* pages the strings may fill */

/*
 * The strings of argv and then of envp, one after the other with their
 * NULs, across pages taken one at a time as the strings need them: a
 * string may run on from one page to the next.
 */
struct execargs {
	char *page[ARGPAGES]; /* NULL past the last page used */
	uint32_t len;	      /* bytes used, over all the pages */
	int argc;	      /* the first argc strings are argv's */
	int envc;	      /* and the next envc are envp's */
};

void args_init(struct execargs *ea);
void args_free(struct execargs *ea);
int args_add(struct execargs *ea, const char *s, int env);
int args_copyin(struct execargs *ea, uint32_t uvec, int env);
uint32_t args_stack_bytes(const struct execargs *ea);
uint32_t args_build_stack(struct mm *mm, const struct execargs *ea);

int exec_load(struct proc *p, const char *path, const struct execargs *ea);

#endif
