/*
 * Single x86 instructions as static inline wrappers, so that C code never
 * needs its own inline assembly. Multi-instruction sequences live in .S files.
 */
#ifndef X86_H
#define X86_H

#include <stdint.h>

static inline uint8_t inb(uint16_t port)
{
	uint8_t v;
	__asm__ volatile("inb %1, %0" : "=a"(v) : "d"(port));
	return v;
}

static inline uint16_t inw(uint16_t port)
{
	uint16_t v;
	__asm__ volatile("inw %1, %0" : "=a"(v) : "d"(port));
	return v;
}

static inline void outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "d"(port));
}

static inline void outw(uint16_t port, uint16_t v)
{
	__asm__ volatile("outw %0, %1" : : "a"(v), "d"(port));
}

static inline void outl(uint16_t port, uint32_t v)
{
	__asm__ volatile("outl %0, %1" : : "a"(v), "d"(port));
}

static inline uint32_t inl(uint16_t port)
{
	uint32_t v;
	__asm__ volatile("inl %1, %0" : "=a"(v) : "d"(port));
	return v;
}

/* Reads n 32-bit words from port into buf (rep insl). */
static inline void insl(uint16_t port, void *buf, uint32_t n)
{
	__asm__ volatile("cld; rep insl"
			 : "+D"(buf), "+c"(n)
			 : "d"(port)
			 : "memory");
}

/* Writes n 32-bit words from buf to port (rep outsl). */
static inline void outsl(uint16_t port, const void *buf, uint32_t n)
{
	__asm__ volatile("cld; rep outsl"
			 : "+S"(buf), "+c"(n)
			 : "d"(port)
			 : "memory");
}

static inline void cli(void)
{
	__asm__ volatile("cli" ::: "memory");
}
static inline void sti(void)
{
	__asm__ volatile("sti" ::: "memory");
}
static inline void hlt(void)
{
	__asm__ volatile("hlt" ::: "memory");
}

/* Enables interrupts and halts in one step, so a wakeup cannot slip between. */
static inline void sti_hlt(void)
{
	__asm__ volatile("sti; hlt" ::: "memory");
}

static inline uint32_t read_eflags(void)
{
	uint32_t f;
	__asm__ volatile("pushfl; popl %0" : "=r"(f));
	return f;
}

static inline uint32_t read_ebp(void)
{
	uint32_t v;
	__asm__ volatile("movl %%ebp, %0" : "=r"(v));
	return v;
}

static inline uint32_t read_esp(void)
{
	uint32_t v;
	__asm__ volatile("movl %%esp, %0" : "=r"(v));
	return v;
}

static inline uint32_t read_cr0(void)
{
	uint32_t v;
	__asm__ volatile("movl %%cr0, %0" : "=r"(v));
	return v;
}

static inline uint32_t read_cr2(void)
{
	uint32_t v;
	__asm__ volatile("movl %%cr2, %0" : "=r"(v));
	return v;
}

static inline uint32_t read_cr3(void)
{
	uint32_t v;
	__asm__ volatile("movl %%cr3, %0" : "=r"(v));
	return v;
}

static inline void write_cr3(uint32_t v)
{
	__asm__ volatile("movl %0, %%cr3" : : "r"(v) : "memory");
}

static inline uint32_t read_cr4(void)
{
	uint32_t v;
	__asm__ volatile("movl %%cr4, %0" : "=r"(v));
	return v;
}

static inline void write_cr4(uint32_t v)
{
	__asm__ volatile("movl %0, %%cr4" : : "r"(v) : "memory");
}

/* Clears CR0.TS: the next FPU instruction runs instead of raising #NM. */
static inline void clts(void)
{
	__asm__ volatile("clts");
}

static inline void cpuid(uint32_t leaf, uint32_t *a, uint32_t *b, uint32_t *c,
			 uint32_t *d)
{
	__asm__ volatile("cpuid"
			 : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d)
			 : "a"(leaf), "c"(0));
}

/* The FPU instructions the kernel uses (fpu.c): it never computes. */
static inline void fninit(void)
{
	__asm__ volatile("fninit");
}

static inline void fxsave(void *area)
{
	__asm__ volatile("fxsave %0" : "=m"(*(uint8_t(*)[512])area));
}

static inline void fxrstor(const void *area)
{
	__asm__ volatile("fxrstor %0" : : "m"(*(const uint8_t(*)[512])area));
}

static inline void fnsave(void *area)
{
	__asm__ volatile("fnsave %0" : "=m"(*(uint8_t(*)[108])area));
}

static inline void frstor(const void *area)
{
	__asm__ volatile("frstor %0" : : "m"(*(const uint8_t(*)[108])area));
}

static inline void ldmxcsr(uint32_t v)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(v));
}

static inline void invlpg(uint32_t va)
{
	__asm__ volatile("invlpg (%0)" : : "r"(va) : "memory");
}

/*
 * The operand of lgdt, lidt and sidt (Intel's "pseudo-descriptor"): a
 * table's limit (size - 1) and linear base address.
 */
struct pseudodesc {
	uint16_t limit;
	uint32_t base;
} __attribute__((packed));

static inline void lgdt(const struct pseudodesc *p)
{
	__asm__ volatile("lgdt %0" : : "m"(*p));
}

static inline void lidt(const struct pseudodesc *p)
{
	__asm__ volatile("lidt %0" : : "m"(*p));
}

static inline void sidt(struct pseudodesc *p)
{
	__asm__ volatile("sidt %0" : "=m"(*p));
}

static inline void ltr(uint16_t sel)
{
	__asm__ volatile("ltr %0" : : "r"(sel));
}

static inline void lldt(uint16_t sel)
{
	__asm__ volatile("lldt %0" : : "r"(sel));
}

static inline void write_cr0(uint32_t v)
{
	__asm__ volatile("movl %0, %%cr0" : : "r"(v) : "memory");
}

static inline uint16_t read_ds(void)
{
	uint16_t v;
	__asm__ volatile("movw %%ds, %0" : "=r"(v));
	return v;
}

static inline void load_fs(uint16_t sel)
{
	__asm__ volatile("movw %0, %%fs" : : "r"(sel));
}

static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

#endif
