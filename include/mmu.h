/*
 * x86 protected-mode structures: segment selectors and descriptor bits,
 * EFLAGS bits, control-register bits and page-table entry bits. Shared by
 * C and assembly, so only #defines here outside the C-only section.
 */
#ifndef MMU_H
#define MMU_H

/* GDT slots. The order is fixed: boot code and trap entry use them. */
#define GDT_NULL   0
#define GDT_KCODE  1 /* ring 0 code, base 0, limit 4 GiB */
#define GDT_KDATA  2 /* ring 0 data/stack, base 0, limit 4 GiB */
#define GDT_UCODE  3 /* ring 3 code: flat, or the process's base and bound */
#define GDT_UDATA  4 /* ring 3 data/stack: same base and bound as code */
#define GDT_TSS	   5 /* the one task-state segment */
#define GDT_DFTSS  6 /* the double-fault task (kstack.c) */
#define GDT_NSLOTS 7

/* Requested privilege level in the low two bits of a selector. */
#define RPL_KERNEL 0
#define RPL_USER   3

/* Descriptor privilege level of a segment or gate: who may use it. */
#define DPL_KERNEL 0
#define DPL_USER   3

#define SEL_KCODE ((GDT_KCODE << 3) | RPL_KERNEL) /* 0x08 */
#define SEL_KDATA ((GDT_KDATA << 3) | RPL_KERNEL) /* 0x10 */
#define SEL_UCODE ((GDT_UCODE << 3) | RPL_USER)	  /* 0x1b */
#define SEL_UDATA ((GDT_UDATA << 3) | RPL_USER)	  /* 0x23 */
#define SEL_TSS	  ((GDT_TSS << 3) | RPL_KERNEL)	  /* 0x28 */
#define SEL_DFTSS ((GDT_DFTSS << 3) | RPL_KERNEL) /* 0x30 */

/* EFLAGS bits. */
#define FL_CF	      0x00000001 /* carry */
#define FL_RESERVED   0x00000002 /* bit 1: always set */
#define FL_PF	      0x00000004 /* parity */
#define FL_AF	      0x00000010 /* auxiliary carry */
#define FL_ZF	      0x00000040 /* zero */
#define FL_SF	      0x00000080 /* sign */
#define FL_TF	      0x00000100 /* trap (single step) */
#define FL_IF	      0x00000200 /* interrupts enabled */
#define FL_DF	      0x00000400 /* direction */
#define FL_OF	      0x00000800 /* overflow */
#define FL_IOPL	      0x00003000 /* I/O privilege level (two bits) */
#define FL_IOPL_SHIFT 12
#define FL_NT	      0x00004000 /* nested task */
#define FL_RF	      0x00010000 /* resume */
#define FL_VM	      0x00020000 /* virtual 8086 mode */
#define FL_AC	      0x00040000 /* alignment check */
#define FL_ID	      0x00200000 /* CPUID available */

/* Control register bits. */
#define CR0_PE	       0x00000001 /* protection enable */
#define CR0_MP	       0x00000002 /* monitor coprocessor */
#define CR0_EM	       0x00000004 /* no FPU: x87 instructions trap */
#define CR0_TS	       0x00000008 /* task switched: next FPU use raises #NM */
#define CR0_NE	       0x00000020 /* x87 errors as #MF, not through IRQ 13 */
#define CR0_WP	       0x00010000 /* ring 0 honours read-only pages */
#define CR0_PG	       0x80000000 /* paging */
#define CR4_PSE	       0x00000010 /* 4 MiB pages */
#define CR4_OSFXSR     0x00000200 /* the OS saves SSE state with fxsave */
#define CR4_OSXMMEXCPT 0x00000400 /* SSE errors as #XM, not #UD */

/* CPUID leaf 1, edx: what the CPU has. */
#define CPUID_FPU  0x00000001 /* an x87 on the chip */
#define CPUID_FXSR 0x01000000 /* fxsave and fxrstor */
#define CPUID_SSE  0x02000000 /* SSE: xmm registers and MXCSR */

/* Page-fault error code bits (pushed by the CPU with #PF). */
#define PFE_P	 0x01 /* 1: protection violation; 0: page not present */
#define PFE_W	 0x02 /* the access was a write */
#define PFE_U	 0x04 /* the access came from ring 3 */
#define PFE_RSVD 0x08 /* a reserved bit was set in a paging entry */
#define PFE_I	 0x10 /* the access was an instruction fetch */

/* Page-table and page-directory entry bits. */
#define PTE_P	0x001 /* present */
#define PTE_W	0x002 /* writable */
#define PTE_U	0x004 /* user may access */
#define PTE_PWT 0x008 /* write-through */
#define PTE_PCD 0x010 /* cache disabled (device registers) */
#define PTE_PS	0x080 /* 4 MiB page (in a page-directory entry) */

#define PGSIZE	   4096
#define PGSHIFT	   12
#define PDXSHIFT   22
#define NPDENTRIES 1024
#define NPTENTRIES 1024
#define BIGPGSIZE  (4096 * 1024) /* one PSE page */

#ifndef __ASSEMBLER__
#include <stdint.h>

#define PGROUNDUP(a)   (((a) + PGSIZE - 1) & ~(uint32_t)(PGSIZE - 1))
#define PGROUNDDOWN(a) ((a) & ~(uint32_t)(PGSIZE - 1))
#define PDX(va)	       (((uint32_t)(va) >> PDXSHIFT) & 0x3ff)
#define PTX(va)	       (((uint32_t)(va) >> PGSHIFT) & 0x3ff)
#define PTE_ADDR(pte)  ((uint32_t)(pte) & ~0xfffu)

typedef uint32_t pte_t;
typedef uint32_t pde_t;

/* A segment descriptor, as the CPU reads it from the GDT. */
struct segdesc {
	uint16_t limit_lo;
	uint16_t base_lo;
	uint8_t base_mid;
	uint8_t access;		/* present, DPL, S, type */
	uint8_t flags_limit_hi; /* granularity, size, limit 19:16 */
	uint8_t base_hi;
} __attribute__((packed));

/* Access byte bits of a segment descriptor. */
#define SEG_P	   0x80 /* present */
#define SEG_DPL(d) ((d) << 5)
#define SEG_S	   0x10 /* code or data (not system) */
#define SEG_CODE   0x0a /* execute/read */
#define SEG_DATA   0x02 /* read/write */
#define SEG_TSS32  0x09 /* available 32-bit TSS (a system type) */
/* Flags nibble of a segment descriptor. */
#define SEG_G  0x8 /* limit counts 4 KiB pages */
#define SEG_DB 0x4 /* 32-bit segment */

/* An interrupt or trap gate in the IDT. */
struct gatedesc {
	uint16_t off_lo;
	uint16_t sel;
	uint8_t zero;
	uint8_t type_attr; /* present, DPL, gate type */
	uint16_t off_hi;
} __attribute__((packed));

#define GATE_P	    0x80
#define GATE_DPL(d) ((d) << 5)
#define GATE_TASK   0x05 /* task gate: switches to another TSS */
#define GATE_INT32  0x0e /* interrupt gate: clears IF on entry */
#define GATE_TRAP32 0x0f /* trap gate: leaves IF alone */

/*
 * The 32-bit task-state segment. The main TSS uses only esp0/ss0 (the
 * kernel stack for traps from ring 3) and iomb; the double-fault task
 * (trap.c) also fills in the registers the task switch loads: eip, esp,
 * eflags, cr3 and the segment registers.
 */
struct tss {
	uint32_t link;
	uint32_t esp0; /* kernel stack top for traps from ring 3 */
	uint16_t ss0, pad0;
	uint32_t esp1;
	uint16_t ss1, pad1;
	uint32_t esp2;
	uint16_t ss2, pad2;
	uint32_t cr3, eip, eflags;
	uint32_t eax, ecx, edx, ebx, esp, ebp, esi, edi;
	uint16_t es, pad3, cs, pad4, ss, pad5, ds, pad6, fs, pad7, gs, pad8;
	uint16_t ldt, pad9;
	uint16_t trap;
	uint16_t iomb; /* I/O map base: past the limit, no ports for ring 3 */
} __attribute__((packed));
#endif

#endif
