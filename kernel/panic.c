/*
 * What the kernel prints when it dies: panic() for broken invariants and
 * panic_trap() for an unexpected trap in ring 0 (vector, decoded error
 * code, CR2, every register, EFLAGS, a backtrace with function names from
 * the kernel's own symbol table). Both end QEMU with a failure status.
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"
#include "trapframe.h"
#include "traps.h"
#include "x86.h"

#define BACKTRACE_MAX 16

/* The symbol table, generated from the kernel's own link (tools/mksyms.sh). */
struct ksym {
	uint32_t addr;
	const char *name;
};
extern const struct ksym ksyms[];
extern const uint32_t ksyms_count;
extern char etext[];

int panicking;

/* Returns the name of the function containing addr and the offset in it. */
const char *ksym_lookup(uint32_t addr, uint32_t *off)
{
	uint32_t lo = 0, hi = ksyms_count;

	if (addr < KERNLINK || addr >= (uint32_t)etext || ksyms_count == 0)
		return NULL;
	/* The last symbol whose address is <= addr. */
	while (hi - lo > 1) {
		uint32_t mid = (lo + hi) / 2;
		if (ksyms[mid].addr <= addr)
			lo = mid;
		else
			hi = mid;
	}
	if (ksyms[lo].addr > addr)
		return NULL;
	*off = addr - ksyms[lo].addr;
	return ksyms[lo].name;
}

static void print_addr(uint32_t addr)
{
	uint32_t off;
	const char *name = ksym_lookup(addr, &off);

	if (name)
		kprintf("0x%08x <%s+0x%x>", addr, name, off);
	else
		kprintf("0x%08x", addr);
}

/* Prints the chain of saved frame pointers from ebp, numbering from first. */
void backtrace_from(uint32_t ebp, int first)
{
	for (int i = first; i < BACKTRACE_MAX && ebp != 0; i++) {
		uint32_t *frame = (uint32_t *)ebp;
		int in_ram = ebp >= KERNBASE && ebp < KERNBASE + PHYSTOP - 8;
		int in_kstack = ebp >= KSTACK_BASE && ebp < KSTACK_END - 8;

		if (!(in_ram || in_kstack) || ebp % 4) {
			kprintf("  (frame pointer 0x%08x is not "
				"a kernel address)\n",
				ebp);
			return;
		}
		kprintf("  #%d ", i);
		print_addr(frame[1]);
		kprintf("\n");
		ebp = frame[0];
	}
}

static void panic_begin(void)
{
	cli();
	/* What was queued for the serial line goes out before the dump. */
	if (!panicking)
		serial_flush();
	if (panicking++) {
		/* A panic while panicking: stop, print nothing more. */
		power_off(EXIT_PANIC);
	}
}

/* Prints the message and a backtrace, then stops QEMU. Never returns. */
void panic(const char *fmt, ...)
{
	va_list ap;

	panic_begin();
	kprintf("\nPANIC: ");
	va_start(ap, fmt);
	kvprintf(fmt, ap);
	va_end(ap);
	kprintf("\nbacktrace:\n");
	backtrace_from(read_ebp(), 0);
	kprintf("kernel halted\n");
	power_off(EXIT_PANIC);
}

/*
 * Describes a page fault's error code: who made the access, what kind,
 * and why it failed, e.g. "user write, not present".
 */
void pf_describe(uint32_t err, char *buf, size_t n)
{
	ksnprintf(buf, n, "%s %s, %s%s", err & PFE_U ? "user" : "kernel",
		  err & PFE_I	? "fetch"
		  : err & PFE_W ? "write"
				: "read",
		  err & PFE_P ? "protection" : "not present",
		  err & PFE_RSVD ? ", reserved bit set" : "");
}

/* Decodes the error code of tf's exception into buf. */
void trap_describe_error(struct trapframe *tf, char *buf, size_t n)
{
	uint32_t e = tf->err;

	switch (tf->trapno) {
	case T_PGFLT:
		pf_describe(e, buf, n);
		break;
	case T_TSS:
	case T_SEGNP:
	case T_STACK:
	case T_GPFLT:
		/* A selector error code: index, table (IDT, LDT or GDT), and
		 * whether an event outside the program caused it. */
		if (e == 0)
			ksnprintf(buf, n, "no selector");
		else
			ksnprintf(buf, n, "selector 0x%04x (%s index %u%s)",
				  e & 0xfff8,
				  e & 2 ? "IDT" : (e & 4 ? "LDT" : "GDT"),
				  e >> 3, e & 1 ? ", external event" : "");
		break;
	default:
		ksnprintf(buf, n, "%s",
			  T_HAS_ERRCODE(tf->trapno) ? "" : "none");
	}
}

static void print_eflags(uint32_t f)
{
	static const struct {
		uint32_t bit;
		const char *name;
	} bits[] = {
		{FL_CF, "CF"}, {FL_PF, "PF"}, {FL_AF, "AF"}, {FL_ZF, "ZF"},
		{FL_SF, "SF"}, {FL_TF, "TF"}, {FL_IF, "IF"}, {FL_DF, "DF"},
		{FL_OF, "OF"}, {FL_NT, "NT"}, {FL_RF, "RF"}, {FL_VM, "VM"},
		{FL_AC, "AC"}, {FL_ID, "ID"},
	};

	kprintf("  eflags 0x%08x [", f);
	for (size_t i = 0; i < NELEM(bits); i++)
		if (f & bits[i].bit)
			kprintf(" %s", bits[i].name);
	kprintf(" ] IOPL=%u\n", (f & FL_IOPL) >> FL_IOPL_SHIFT);
}

/* Dumps tf after an unexpected trap in ring 0, then stops. */
void panic_trap(struct trapframe *tf)
{
	char err[96];
	/* From ring 0 the CPU pushes no esp: the stack went on past the frame. */
	uint32_t esp = (tf->cs & 3) ? tf->esp : (uint32_t)&tf->esp;
	uint32_t ss = (tf->cs & 3) ? tf->ss : read_ds();

	panic_begin();
	trap_describe_error(tf, err, sizeof(err));
	kprintf("\nPANIC: unexpected trap in %s mode\n",
		(tf->cs & 3) ? "user" : "kernel");
	kprintf("  vector %u %s %s\n", tf->trapno, trap_mnemonic(tf->trapno),
		trap_name(tf->trapno));
	kprintf("  error code 0x%08x (%s)\n", tf->err, err);
	if (tf->trapno == T_PGFLT)
		kprintf("  cr2 0x%08x\n", read_cr2());
	kprintf("  eip ");
	print_addr(tf->eip);
	kprintf("\n");
	kprintf("  eax 0x%08x ebx 0x%08x ecx 0x%08x edx 0x%08x\n", tf->eax,
		tf->ebx, tf->ecx, tf->edx);
	kprintf("  esi 0x%08x edi 0x%08x ebp 0x%08x esp 0x%08x\n", tf->esi,
		tf->edi, tf->ebp, esp);
	kprintf("  cs 0x%04x ds 0x%04x es 0x%04x fs 0x%04x gs 0x%04x ss "
		"0x%04x\n",
		tf->cs, tf->ds, tf->es, tf->fs, tf->gs, ss);
	print_eflags(tf->eflags);
	kprintf("  cr0 0x%08x cr3 0x%08x cr4 0x%08x\n", read_cr0(), read_cr3(),
		read_cr4());
	kprintf("backtrace:\n  #0 ");
	print_addr(tf->eip);
	kprintf("\n");
	if (!(tf->cs & 3))
		backtrace_from(tf->ebp, 1);
	kprintf("kernel halted\n");
	power_off(EXIT_PANIC);
}
