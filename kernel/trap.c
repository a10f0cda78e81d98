/*
 * Trap dispatch: trap() is called by alltraps for every interrupt,
 * exception and system call, and hands the frame to the handler registered
 * for its vector. Hardware IRQs get end-of-interrupt here; an unexpected
 * trap in ring 0 panics with a full dump.
 */
#include "defs.h"
#include "mmu.h"
#include "trapframe.h"
#include "traps.h"

struct handler {
	trap_handler_t fn;
	const char *name;
};

static struct handler handlers[NVECTORS];
uint32_t trap_counts[NVECTORS]; /* how often each vector was taken */

static const char *const exc_names[T_NEXCEPT] = {
	"Divide error",
	"Debug",
	"Non-maskable interrupt",
	"Breakpoint",
	"Overflow",
	"BOUND range exceeded",
	"Invalid opcode",
	"Device not available",
	"Double fault",
	"Coprocessor segment overrun",
	"Invalid TSS",
	"Segment not present",
	"Stack-segment fault",
	"General protection",
	"Page fault",
	"Reserved (15)",
	"x87 floating-point error",
	"Alignment check",
	"Machine check",
	"SIMD floating-point",
	"Virtualization",
	"Control protection",
};

static const char *const exc_mnemonics[T_NEXCEPT] = {
	"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
	"#DF", "",    "#TS", "#NP", "#SS", "#GP", "#PF", "",
	"#MF", "#AC", "#MC", "#XM", "#VE", "#CP",
};

/* Returns a human name for a vector: the exception, the IRQ, or "int N". */
const char *trap_name(int vec)
{
	if (vec >= 0 && vec < T_NEXCEPT && exc_names[vec])
		return exc_names[vec];
	if (vec >= 0 && vec < NVECTORS && handlers[vec].name)
		return handlers[vec].name;
	if (vec >= T_IRQ0 && vec < T_IRQ0 + NIRQ)
		return "IRQ";
	return vec < T_NEXCEPT ? "Reserved" : "Software interrupt";
}

/* Returns the short mnemonic (#PF, #GP, ...) of an exception, or "". */
const char *trap_mnemonic(int vec)
{
	if (vec >= 0 && vec < T_NEXCEPT && exc_mnemonics[vec])
		return exc_mnemonics[vec];
	return "";
}

/* Makes fn the handler for vector vec; name shows in dumps and lists. */
void trap_register(int vec, trap_handler_t fn, const char *name)
{
	if (vec < 0 || vec >= NVECTORS)
		panic("trap_register: bad vector %d", vec);
	handlers[vec].fn = fn;
	handlers[vec].name = name;
}

/* Makes fn the handler for PIC line irq and unmasks that line. */
void irq_register(int irq, trap_handler_t fn, const char *name)
{
	trap_register(T_IRQ0 + irq, fn, name);
	pic_enable(irq);
}

static void trap_irq(struct trapframe *tf)
{
	int irq = tf->trapno - T_IRQ0;

	if (pic_is_spurious(irq))
		return; /* no EOI for a spurious IRQ 7; pic.c handles 15 */
	if (handlers[tf->trapno].fn)
		handlers[tf->trapno].fn(tf);
	pic_eoi(irq);
}

/* Called by alltraps with interrupts off; tf is on the kernel stack. */
void trap(struct trapframe *tf)
{
	trap_counts[tf->trapno & 0xff]++;
	if (tf->trapno >= T_IRQ0 && tf->trapno < T_IRQ0 + NIRQ) {
		trap_irq(tf);
		return;
	}
	if (handlers[tf->trapno].fn) {
		handlers[tf->trapno].fn(tf);
		return;
	}
	panic_trap(tf);
}
