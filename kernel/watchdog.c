/*
 * The NMI watchdog: every timer tick also arrives as a non-maskable
 * interrupt, through the I/O APIC, which routes the PIT's line (pin 2)
 * to the CPU as an NMI. Clearing IF cannot keep it out.
 *
 * Why: QEMU lets a ring-3 iret enter virtual-8086 mode with IF and IOPL
 * taken from the stack (real CPUs ignore VM there). A program that
 * enters it with IF=0 and loops on itself is then never interrupted: no
 * tick, no fault, and the machine hangs. Under mm=segment its first
 * fetch faults; under paging its text is user-accessible below 1 MiB,
 * where virtual-8086 code runs. The NMI still comes: trap() sees the VM
 * flag in the frame and kills the process (the same check that catches
 * virtual-8086 mode on any other trap). For everything else the NMI does
 * nothing but count.
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"
#include "traps.h"
#include "vm.h"

#define IOAPIC_PA     0xfec00000 /* the I/O APIC's registers (PC default) */
#define IOAPIC_REGSEL 0x00	 /* selects a register */
#define IOAPIC_WIN    0x10	 /* reads or writes the selected one */
#define IOAPIC_REDTBL 0x10	 /* redirection entry n: 0x10 + 2n, + 1 */
#define PIT_PIN	      2		 /* ISA IRQ 0 (the PIT) arrives on pin 2 */
#define RED_NMI	      0x400	 /* delivery mode NMI; edge, active high */
#define RED_MASKED    0x10000

/* The registers are mapped at their physical address, uncached. */
static volatile uint32_t *const ioapic = (volatile uint32_t *)IOAPIC_PA;

static void ioapic_write(uint32_t reg, uint32_t val)
{
	ioapic[IOAPIC_REGSEL / 4] = reg;
	ioapic[IOAPIC_WIN / 4] = val;
}

/* Every NMI counts in /bin/intr; trap() did the rest. */
static void watchdog_nmi(struct trapframe *tf)
{
	(void)tf;
}

/*
 * Maps the I/O APIC (one 4 MiB page in the kernel's part of every
 * address space: call before the first process exists) and routes the
 * PIT's pin to the CPU as an NMI, to destination APIC 0.
 */
void watchdog_init(void)
{
	boot_pgdir[PDX(IOAPIC_PA)] =
		IOAPIC_PA | PTE_P | PTE_W | PTE_PS | PTE_PWT | PTE_PCD;
	vm_activate_kernel();
	trap_register(T_NMI, watchdog_nmi, "NMI watchdog");
	ioapic_write(IOAPIC_REDTBL + 2 * PIT_PIN + 1, 0); /* APIC id 0 */
	ioapic_write(IOAPIC_REDTBL + 2 * PIT_PIN, RED_NMI | T_NMI);
	kprintf("watchdog: timer ticks also come as NMIs\n");
}
