/*
 * The saved state of an interrupted context, built on the kernel stack by
 * the CPU, the per-vector stub (kernel/vectors.S) and the common entry
 * (alltraps in kernel/trapasm.S), in that order, lowest address last.
 */
#ifndef TRAPFRAME_H
#define TRAPFRAME_H

#include <stdint.h>

struct trapframe {
	/* Pushed by the common entry with pushal. */
	uint32_t edi;
	uint32_t esi;
	uint32_t ebp;
	uint32_t oesp; /* esp at pushal: ignored by popal */
	uint32_t ebx;
	uint32_t edx;
	uint32_t ecx;
	uint32_t eax; /* system call number in, result out */

	/* Pushed by the common entry, one segment register each. */
	uint16_t gs;
	uint16_t pad1;
	uint16_t fs;
	uint16_t pad2;
	uint16_t es;
	uint16_t pad3;
	uint16_t ds;
	uint16_t pad4;

	/* Pushed by the stub of this vector. */
	uint32_t trapno;
	/* Pushed by the CPU for some exceptions, else a 0 by the stub. */
	uint32_t err;

	/* Pushed by the CPU on every trap. */
	uint32_t eip;
	uint16_t cs;
	uint16_t pad5;
	uint32_t eflags;

	/* Pushed by the CPU only when the trap came from ring 3. */
	uint32_t esp;
	uint16_t ss;
	uint16_t pad6;
};

#endif
