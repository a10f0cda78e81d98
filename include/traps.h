/*
 * Interrupt vector numbers: the 32 CPU exceptions, the 16 PIC lines after
 * remapping, the system call gate and the benchmark's empty gate.
 */
#ifndef TRAPS_H
#define TRAPS_H

#define T_DIVIDE   0  /* #DE divide error */
#define T_DEBUG	   1  /* #DB debug */
#define T_NMI	   2  /* non-maskable interrupt */
#define T_BRKPT	   3  /* #BP breakpoint */
#define T_OFLOW	   4  /* #OF overflow */
#define T_BOUND	   5  /* #BR bound range exceeded */
#define T_ILLOP	   6  /* #UD invalid opcode */
#define T_DEVICE   7  /* #NM device not available */
#define T_DBLFLT   8  /* #DF double fault */
#define T_COPROC   9  /* coprocessor segment overrun (reserved) */
#define T_TSS	   10 /* #TS invalid TSS */
#define T_SEGNP	   11 /* #NP segment not present */
#define T_STACK	   12 /* #SS stack fault */
#define T_GPFLT	   13 /* #GP general protection */
#define T_PGFLT	   14 /* #PF page fault */
#define T_FPERR	   16 /* #MF x87 floating point */
#define T_ALIGN	   17 /* #AC alignment check */
#define T_MCHK	   18 /* #MC machine check */
#define T_SIMDERR  19 /* #XM SIMD floating point */
#define T_VIRT	   20 /* #VE virtualization */
#define T_CTRLPROT 21 /* #CP control protection */
#define T_VMMCOMM  29 /* #VC VMM communication */
#define T_SECURITY 30 /* #SX security */
#define T_NEXCEPT  32 /* vectors below this are CPU exceptions */

#define T_IRQ0		    32 /* PIC line 0 lands here after remapping */
#define NIRQ		    16
#define IRQ_TIMER	    0
#define IRQ_KBD		    1
#define IRQ_CASCADE	    2
#define IRQ_COM1	    4
#define IRQ_IDE		    14 /* the primary ATA channel */
#define IRQ_SPURIOUS_MASTER 7
#define IRQ_SPURIOUS_SLAVE  15

/* int $T_SYSCALL: the only gate open to ring 3 (see syscall_abi.h). */
#define T_SYSCALL 0x40

/*
 * int $T_BENCH: with the boot option bench, a second gate open to ring 3
 * whose handler is a bare iret (bench_iret in trapasm.S), so /bin/bench
 * can show what the CPU's own ring switch costs beside a system call.
 * Closed (DPL 0, #GP from ring 3) without the option.
 */
#define T_BENCH 0x42

#define NVECTORS 256

/*
 * Does the CPU push an error code for this vector? The one answer: the
 * generated stubs (tools/vectors.py) test it with #if, and the panic dump
 * with C.
 */
#define T_HAS_ERRCODE(v)                                                       \
	((v) == T_DBLFLT || ((v) >= T_TSS && (v) <= T_PGFLT) ||                \
	 (v) == T_ALIGN || (v) == T_CTRLPROT || (v) == T_VMMCOMM ||            \
	 (v) == T_SECURITY)

#endif
