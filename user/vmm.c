/*
 * vmm: trap and emulate, in user space. Runs a tiny guest kernel (the
 * assembly below) in ring 3 and emulates each privileged instruction it
 * executes, with a virtual CPU (IF, cr0, the IDT), a virtual PIC, PIT and
 * serial port. Usage: vmm [refuse|hang] (other guests that show how the
 * VMM stops one it cannot run).
 *
 * The mechanism is the upcall: cli, sti, hlt, in, out, lidt and mov to or
 * from a control register raise #GP in ring 3, the kernel turns the fault
 * into SIGSEGV with the saved registers (an SA_SIGINFO handler's
 * ucontext), and on_fault decodes the bytes at the saved eip, emulates the
 * instruction against the virtual machine, advances eip and returns:
 * sigreturn puts the edited registers back and the guest goes on as if
 * the instruction had run. The guest's timer is setitimer(ITIMER_REAL) at
 * the rate the guest programs into its PIT; each SIGALRM raises the
 * virtual IRQ 0, delivered the way a CPU does it (below, deliver).
 *
 * x86 is not classically virtualisable (Popek and Goldberg): iret, popf
 * and pushf touch IF too, yet run in ring 3 without a fault, ignoring or
 * showing the real IF. The guest uses no popf or pushf; its iret is made
 * to fault because the frame the VMM pushes for an interrupt holds a
 * null code selector where the CPU would put cs (the guest never looks at
 * it), and a return to the null selector raises #GP.
 *
 * The guest shares the VMM's address space: its code is the span from
 * guest_start to guest_end, its memory guest_ram (the VMM checks every
 * guest address it follows against these, but nothing stops the guest
 * from writing the VMM's own data: protection between the two is not
 * what this demo is about).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <ucontext.h>

/*
 * The guest: a small PC kernel that knows nothing of the VMM. It sets up
 * its stack, turns on cr0.WP, prints through COM1 (polling the line
 * status register before each byte, as any serial driver does), builds
 * an IDT with a gate for IRQ 0, initialises the PIC (vector base 0x20)
 * and programs the PIT at 100 Hz, unmasks the timer and waits with
 * "sti; hlt" until its handler has counted NTICKS ticks, reading the
 * 64-bit tick count with interrupts off. Then it computes with
 * interrupts on for NBUSY more ticks, checking that its registers and
 * flags survive the interrupts that come at random points of its loop,
 * and powers off through the debug-exit port 0xf4, as kestrel itself
 * does under QEMU. Its constants are its own: the PC's ports, which the
 * VMM knows too.
 */
__asm__(".equ G_COM1, 0x3f8\n"	   /* COM1 data (transmit) register */
	".equ G_COM1_LSR, 0x3fd\n" /* COM1 line status register */
	".equ G_LSR_THRE, 0x20\n"  /* LSR: the transmitter can take a byte */
	".equ G_PIC_CMD, 0x20\n"   /* the 8259's command port */
	".equ G_PIC_DATA, 0x21\n"  /* its data port: the ICWs, the mask */
	".equ G_PIC_EOI, 0x20\n"   /* non-specific end of interrupt */
	".equ G_IRQ0_VEC, 0x20\n"  /* where IRQ 0 goes, after the ICWs */
	".equ G_PIT_CH0, 0x40\n"   /* the PIT's channel 0 counter */
	".equ G_PIT_MODE, 0x43\n"  /* the PIT's mode register */
	".equ G_PIT_DIV, 11932\n"  /* 1193182 Hz / 11932: 100 Hz */
	".equ G_POWER, 0xf4\n"	   /* QEMU's isa-debug-exit */
	".equ G_CR0_WP, 0x10000\n" /* cr0: write protect */
	".equ G_NVEC, 0x30\n"	   /* IDT entries: exceptions and IRQs */
	".equ G_NTICKS, 8\n"	   /* ticks the guest waits for in hlt */
	".equ G_NBUSY, 4\n"	   /* then ticks it computes through */
	".equ G_STACK, 1024\n"	   /* bytes of guest stack */
	".text\n"
	".globl guest_start, guest_refuse, guest_hang, guest_end\n"
	"guest_start:\n"
	"	mov $g_stack_top, %esp\n"
	"	cli\n"
	"	mov %cr0, %eax\n"
	"	or $G_CR0_WP, %eax\n"
	"	mov %eax, %cr0\n"
	"	mov $g_hello, %esi\n"
	"	call g_puts\n"
	"	call g_setup_idt\n"
	"	call g_setup_pic\n"
	"	call g_setup_pit\n"
	"	in $G_PIC_DATA, %al\n" /* the mask: unmask IRQ 0 only */
	"	and $0xfe, %al\n"
	"	out %al, $G_PIC_DATA\n"
	"	mov $g_waiting, %esi\n"
	"	call g_puts\n"
	"	mov $G_NTICKS, %eax\n"
	"	call g_putnum\n"
	"	mov $g_ticks, %esi\n"
	"	call g_puts\n"
	/* Each pass reads the 64-bit count with interrupts off (the
	 * handler could change it between the two halves), and, if more
	 * ticks are due, waits for one: sti; hlt cannot miss a tick that
	 * comes between the two, thanks to the interrupt shadow of sti. */
	"1:	cli\n"
	"	mov g_jiffies, %eax\n"
	"	mov g_jiffies+4, %edx\n"
	"	cmp $G_NTICKS, %eax\n"
	"	jae 2f\n"
	"	sti\n"
	"	hlt\n"
	"	jmp 1b\n"
	"2:	mov $g_counted, %esi\n" /* interrupts are off */
	"	call g_puts\n"
	"	call g_putnum\n"
	"	mov $g_in_hlt, %esi\n"
	"	call g_puts\n"
	"	mov $G_NTICKS + G_NBUSY, %eax\n"
	"	call g_putnum\n"
	"	mov $g_nl, %esi\n"
	"	call g_puts\n"
	/* Each pass sets CF and clears ZF, then runs 16 instructions that
	 * leave the flags alone (lea) and add 16 to esi, then checks the
	 * flags and esi = 16 * ebx: an interrupt that did not give back
	 * every register and flag shows. */
	"	xor %ebx, %ebx\n"
	"	xor %esi, %esi\n"
	"	sti\n"
	"7:	inc %ebx\n" /* ZF = 0: ebx does not wrap */
	"	stc\n"
	"	.rept 16\n"
	"	lea 1(%esi), %esi\n"
	"	.endr\n"
	"	jnc 8f\n"
	"	jz 8f\n"
	"	mov %ebx, %eax\n"
	"	shl $4, %eax\n"
	"	cmp %eax, %esi\n"
	"	jne 8f\n"
	"	cmpl $G_NTICKS + G_NBUSY, g_jiffies\n"
	"	jb 7b\n"
	"	cli\n"
	"	mov $g_intact, %esi\n"
	"	xor %ebx, %ebx\n" /* the exit status */
	"	jmp 9f\n"
	"8:	cli\n"
	"	mov $g_corrupt, %esi\n"
	"	mov $1, %ebx\n"
	"9:	call g_puts\n"
	"	mov $g_total, %esi\n"
	"	call g_puts\n"
	"	mov g_jiffies, %eax\n"
	"	call g_putnum\n"
	"	mov $g_bye, %esi\n"
	"	call g_puts\n"
	"	mov %ebx, %eax\n"
	"	out %al, $G_POWER\n"
	/* Other guests: one that runs an instruction the VMM refuses, one
	 * that halts with interrupts off and would sleep for ever. */
	"guest_refuse:\n"
	"	mov $g_stack_top, %esp\n"
	"	mov $g_refusing, %esi\n"
	"	call g_puts\n"
	"	wbinvd\n"
	"guest_hang:\n"
	"	mov $g_stack_top, %esp\n"
	"	mov $g_hanging, %esi\n"
	"	call g_puts\n"
	"	cli\n"
	"	hlt\n"
	/* IRQ 0: count the tick, acknowledge it at the PIC, return. */
	"g_timer_irq:\n"
	"	push %eax\n"
	"	addl $1, g_jiffies\n"
	"	adcl $0, g_jiffies+4\n"
	"	mov $G_PIC_EOI, %al\n"
	"	out %al, $G_PIC_CMD\n"
	"	pop %eax\n"
	"	iret\n"
	/* An interrupt gate for IRQ 0's vector, then lidt. */
	"g_setup_idt:\n"
	"	mov $g_timer_irq, %eax\n"
	"	mov $g_idt + G_IRQ0_VEC * 8, %edi\n"
	"	mov %ax, (%edi)\n"	 /* offset 15..0 */
	"	movw $0x08, 2(%edi)\n"	 /* a kernel code selector */
	"	movw $0x8e00, 4(%edi)\n" /* present, DPL 0, interrupt gate */
	"	shr $16, %eax\n"
	"	mov %ax, 6(%edi)\n" /* offset 31..16 */
	"	movw $G_NVEC * 8 - 1, g_idtr\n"
	"	movl $g_idt, g_idtr+2\n"
	"	lidt g_idtr\n"
	"	ret\n"
	/* The 8259: ICW1 (edge, cascade, ICW4), ICW2 (vector base), ICW3
	 * (a slave on IRQ 2), ICW4 (8086 mode), then mask every line. */
	"g_setup_pic:\n"
	"	mov $0x11, %al\n"
	"	out %al, $G_PIC_CMD\n"
	"	mov $G_IRQ0_VEC, %al\n"
	"	out %al, $G_PIC_DATA\n"
	"	mov $0x04, %al\n"
	"	out %al, $G_PIC_DATA\n"
	"	mov $0x01, %al\n"
	"	out %al, $G_PIC_DATA\n"
	"	mov $0xff, %al\n"
	"	out %al, $G_PIC_DATA\n"
	"	ret\n"
	/* The PIT: channel 0, low byte then high byte, rate generator. */
	"g_setup_pit:\n"
	"	mov $0x34, %al\n"
	"	out %al, $G_PIT_MODE\n"
	"	mov $G_PIT_DIV, %eax\n"
	"	out %al, $G_PIT_CH0\n"
	"	mov %ah, %al\n"
	"	out %al, $G_PIT_CH0\n"
	"	ret\n"
	/* Prints the byte in al once the UART can take it. */
	"g_putc:\n"
	"	push %edx\n"
	"	push %eax\n"
	"	mov $G_COM1_LSR, %dx\n"
	"3:	in %dx, %al\n"
	"	test $G_LSR_THRE, %al\n"
	"	jz 3b\n"
	"	pop %eax\n"
	"	mov $G_COM1, %dx\n"
	"	out %al, %dx\n"
	"	pop %edx\n"
	"	ret\n"
	/* Prints the string at esi. */
	"g_puts:\n"
	"	push %eax\n"
	"	push %esi\n"
	"4:	lodsb\n"
	"	test %al, %al\n"
	"	jz 5f\n"
	"	call g_putc\n"
	"	jmp 4b\n"
	"5:	pop %esi\n"
	"	pop %eax\n"
	"	ret\n"
	/* Prints eax in decimal: the higher digits first, recursively. */
	"g_putnum:\n"
	"	push %eax\n"
	"	push %ecx\n"
	"	push %edx\n"
	"	mov $10, %ecx\n"
	"	xor %edx, %edx\n"
	"	div %ecx\n"
	"	test %eax, %eax\n"
	"	jz 6f\n"
	"	call g_putnum\n"
	"6:	lea 0x30(%edx), %eax\n" /* '0' + the digit */
	"	call g_putc\n"
	"	pop %edx\n"
	"	pop %ecx\n"
	"	pop %eax\n"
	"	ret\n"
	"g_hello: .asciz \"hello from the guest\\n\"\n"
	"g_waiting: .asciz \"guest: timer at 100 Hz, waiting for \"\n"
	"g_ticks: .asciz \" ticks\\n\"\n"
	"g_counted: .asciz \"guest: counted \"\n"
	"g_in_hlt: .asciz \" ticks in hlt; computing until tick \"\n"
	"g_nl: .asciz \"\\n\"\n"
	"g_intact: .asciz \"guest: registers and flags intact\\n\"\n"
	"g_corrupt: .asciz \"guest: registers or flags CORRUPTED\\n\"\n"
	"g_total: .asciz \"guest: \"\n"
	"g_bye: .asciz \" ticks in all, powering off\\n\"\n"
	"g_refusing: .asciz \"guest: now an instruction no VMM should "
	"let through\\n\"\n"
	"g_hanging: .asciz \"guest: halting with interrupts off\\n\"\n"
	"guest_end:\n"
	/* The guest's memory: IDT, IDT pointer, tick count, stack. */
	".bss\n"
	".balign 16\n"
	".globl guest_ram, guest_ram_end\n"
	"guest_ram:\n"
	"g_idt: .skip G_NVEC * 8\n"
	"g_idtr: .skip 8\n"
	"g_jiffies: .skip 8\n"
	"g_stack: .skip G_STACK\n"
	"g_stack_top:\n"
	"guest_ram_end:\n"
	".text\n");

extern const uint8_t guest_start[], guest_refuse[], guest_hang[], guest_end[];
extern uint8_t guest_ram[], guest_ram_end[];

/* The PC's devices as the VMM emulates them (the guest has its own). */
#define COM1	   0x3f8      /* data register; 0x3f9..0x3ff: the rest */
#define COM1_LSR   0x3fd      /* line status */
#define LSR_IDLE   0x60	      /* transmitter holding and shift regs empty */
#define PIC_CMD	   0x20	      /* 8259 command: ICW1, OCW2 (EOI), OCW3 */
#define PIC_DATA   0x21	      /* 8259 data: ICW2..4, then the mask */
#define PIC_ICW1   0x10	      /* a command with this bit starts the ICWs */
#define PIC_ICW4   0x01	      /* ICW1: an ICW4 follows */
#define PIC_SINGLE 0x02	      /* ICW1: no slave, so no ICW3 */
#define PIC_EOI	   0x20	      /* OCW2: non-specific end of interrupt */
#define PIT_CH0	   0x40	      /* channel 0: the timer on IRQ 0 */
#define PIT_MODE   0x43	      /* mode register */
#define PIT_LOHI   0x30	      /* mode: the count, low byte then high */
#define PIT_HZ	   1193182    /* the PIT's input clock */
#define POWER_PORT 0xf4	      /* QEMU's isa-debug-exit: the value ends it */
#define CR0_PE	   0x00000001 /* protected mode */
#define CR0_ET	   0x00000010 /* 387 present (always 1) */
#define CR0_PG	   0x80000000 /* paging */
#define EFL_IF	   0x00000200 /* eflags: interrupts on */
/* The flags an iret may give back: CF PF AF ZF SF DF OF. */
#define EFL_ARITH 0x00000cd5
#define GATE_P	  0x80 /* gate type byte: present */
#define GATE_TYPE 0x0f /* the type: 0xe interrupt gate, 0xf trap gate */
#define GATE_INTR 0x0e /* an interrupt gate clears IF */
#define GATE_TRAP 0x0f
#define NULL_CS	  0  /* pushed as the guest's cs: its iret faults */
#define VEC_GP	  13 /* #GP: the fault a privileged instruction raises */
#define VEC_PF	  14
#define ALTSTACK  16384
#define LINE_MAX  120 /* longest guest line printed whole */

/* What the VMM can emulate, for the counts. */
enum kind { CLI, STI, HLT, IN, OUT, MOVCR, LIDT, IRET, NKINDS };
static const char *const kind_name[NKINDS] = {"cli", "sti",    "hlt",  "in",
					      "out", "mov cr", "lidt", "iret"};

/* How a run ended (0: it has not). */
enum stop { RUNNING, POWERED_OFF, REFUSED, HUNG, CRASHED };

/* The virtual CPU: the state a ring-3 guest cannot have for real. */
static struct {
	int vif;	   /* the guest's IF */
	uint32_t cr[5];	   /* cr0, cr2, cr3, cr4 (cr1 does not exist) */
	uint32_t cr0_boot; /* cr0 at power-on, for the summary */
	uint32_t idt_base; /* from lidt */
	uint32_t idt_limit;
} cpu;

/* The 8259 PIC; only IRQ 0 (the PIT) is wired. */
static struct {
	uint8_t irr, isr, imr; /* requested, in service, masked */
	uint8_t base;	       /* vector of IRQ 0 (ICW2) */
	int icw;   /* the ICW expected next on the data port: 2..4, or 0 */
	int icw1;  /* the ICW1 that started the sequence */
	int ready; /* the ICWs have been given */
} pic;

/* The 8254 PIT, channel 0. */
static struct {
	int hi_next; /* the next count byte is the high one */
	uint16_t count;
	uint32_t divisor; /* 0: not programmed */
} pit;

/* COM1: what the guest printed, a line at a time. */
static struct {
	char line[LINE_MAX + 1];
	int len;
} uart;

static struct {
	unsigned n[NKINDS]; /* instructions emulated, by kind */
	unsigned raised;    /* ticks of the virtual timer */
	unsigned merged;    /* ticks that found the previous one pending */
	unsigned delivered; /* interrupts the guest took: */
	unsigned in_hlt;    /* ... waking it from hlt */
	unsigned running;   /* ... while it ran (from on_alarm) */
	unsigned after;	    /* ... after an emulated instruction */
} stats;

static sigjmp_buf vm_exit; /* where stop_guest returns to main */
static enum stop why;
static int guest_status; /* the value written to POWER_PORT */
static uint8_t altstack[ALTSTACK];

static int in_guest_code(uint32_t eip)
{
	return eip >= (uint32_t)guest_start && eip < (uint32_t)guest_end;
}

/* Guest memory at addr, len bytes, or NULL if it is not the guest's. */
static void *guest_mem(uint32_t addr, uint32_t len)
{
	uint32_t lo = (uint32_t)guest_ram, hi = (uint32_t)guest_ram_end;

	if (addr < lo || addr >= hi || len > hi - addr)
		return NULL;
	return (void *)addr;
}

/* Stops the timer, ends the run and goes back to main. */
__attribute__((noreturn)) static void stop_guest(enum stop how)
{
	struct itimerval off = {{0, 0}, {0, 0}};

	setitimer(ITIMER_REAL, &off, NULL);
	why = how;
	siglongjmp(vm_exit, 1);
}

/* Prints what the guest printed, a line at a time. */
static void uart_flush(void)
{
	if (uart.len == 0)
		return;
	uart.line[uart.len] = 0;
	printf("vmm: guest said: %s\n", uart.line);
	uart.len = 0;
}

static void uart_putc(uint8_t c)
{
	if (c == '\n' || uart.len == LINE_MAX)
		uart_flush();
	if (c == '\n' || c == '\r')
		return;
	uart.line[uart.len++] = c >= ' ' && c < 0x7f ? (char)c : '?';
}

/*
 * The PIT's count is the guest's timer: 1193182 Hz / divisor ticks a
 * second become an ITIMER_REAL of the same period.
 */
static void pit_arm(uint32_t divisor)
{
	uint32_t us = (uint32_t)((uint64_t)divisor * 1000000 / PIT_HZ);
	struct itimerval v = {{0, 0}, {0, 0}};

	pit.divisor = divisor;
	v.it_interval.tv_sec = v.it_value.tv_sec = us / 1000000;
	v.it_interval.tv_usec = v.it_value.tv_usec = us % 1000000;
	if (us == 0)
		v.it_interval.tv_usec = v.it_value.tv_usec = 1;
	setitimer(ITIMER_REAL, &v, NULL);
}

static void pit_write(uint16_t port, uint8_t val)
{
	if (port == PIT_MODE) {
		if ((val >> 6) != 0 || (val & PIT_LOHI) != PIT_LOHI)
			printf("vmm: guest set PIT mode 0x%02x: only channel "
			       "0, low byte then high, is emulated\n",
			       val);
		pit.hi_next = 0;
		return;
	}
	if (!pit.hi_next) {
		pit.count = val;
		pit.hi_next = 1;
		return;
	}
	pit.count |= (uint16_t)(val << 8);
	pit.hi_next = 0;
	pit_arm(pit.count ? pit.count : 0x10000);
}

/* The ICW that follows ICW n (2 or more) of the sequence; 0: done. */
static int next_icw(int n)
{
	if (n == 2 && !(pic.icw1 & PIC_SINGLE))
		return 3;
	if (n < 4 && (pic.icw1 & PIC_ICW4))
		return 4;
	return 0;
}

/*
 * ICW1 on the command port starts the initialisation sequence: ICW2 (the
 * vector base), ICW3 and ICW4 follow on the data port, which afterwards
 * sets the mask. EOI ends the interrupt in service.
 */
static void pic_write(uint16_t port, uint8_t val)
{
	if (port == PIC_CMD && (val & PIC_ICW1)) {
		pic.icw1 = val;
		pic.icw = 2;
		pic.ready = 0;
		pic.imr = pic.isr = pic.irr = 0;
	} else if (port == PIC_CMD && val == PIC_EOI) {
		pic.isr = 0;
	} else if (port == PIC_CMD) {
		printf("vmm: guest sent PIC command 0x%02x: ignored\n", val);
	} else if (pic.icw == 0) {
		pic.imr = val;
	} else {
		if (pic.icw == 2)
			pic.base = val & 0xf8;
		pic.icw = next_icw(pic.icw);
		pic.ready = pic.icw == 0;
	}
}

/* An out instruction: val to port. */
static void port_out(uint16_t port, uint8_t val)
{
	if (port == COM1)
		uart_putc(val);
	else if (port > COM1 && port <= COM1 + 7)
		; /* the UART's settings: nothing to do for a virtual one */
	else if (port == PIC_CMD || port == PIC_DATA)
		pic_write(port, val);
	else if (port == PIT_CH0 || port == PIT_MODE)
		pit_write(port, val);
	else if (port == POWER_PORT) {
		guest_status = val;
		why = POWERED_OFF;
	} else
		printf("vmm: guest wrote 0x%02x to port 0x%x: no device there "
		       "(ignored)\n",
		       val, port);
}

/* An in instruction: what the device at port answers. */
static uint8_t port_in(uint16_t port)
{
	if (port == COM1_LSR)
		return LSR_IDLE; /* a virtual UART is never busy */
	if (port >= COM1 && port <= COM1 + 7)
		return 0;
	if (port == PIC_CMD)
		return pic.irr;
	if (port == PIC_DATA)
		return pic.imr;
	printf("vmm: guest read port 0x%x: no device there (0xff)\n", port);
	return 0xff;
}

/* Could the guest take IRQ 0 now? */
static int irq_ready(void)
{
	return cpu.vif && pic.ready && (pic.irr & ~pic.imr & 1) &&
	       !(pic.isr & 1);
}

/* Could IRQ 0 ever come, so that hlt may wait for it? */
static int irq_possible(void)
{
	return cpu.vif && pic.ready && pit.divisor && !(pic.imr & 1) &&
	       !(pic.isr & 1);
}

/*
 * Stops a guest whose state a real CPU could not go on from (a real one
 * would take a fault in the guest, often a triple fault, and reset).
 */
__attribute__((noreturn)) static void crash(const char *what, uint32_t eip)
{
	uart_flush();
	printf("vmm: guest %s at eip 0x%08x: stopping it\n", what, eip);
	stop_guest(CRASHED);
}

/*
 * Delivers IRQ 0 as the CPU would through the guest's IDT: pushes
 * eflags (with the virtual IF), a code selector and eip on the guest's
 * stack, clears the virtual IF for an interrupt gate, and continues at
 * the gate's handler. The selector pushed is the null one, so the
 * handler's iret faults and the VMM can emulate it (emulate_iret).
 */
static void deliver(greg_t *g)
{
	uint32_t vec = pic.base, *frame;
	const uint8_t *gate = guest_mem(cpu.idt_base + vec * 8, 8);

	if (vec * 8 + 7 > cpu.idt_limit || !gate || !(gate[5] & GATE_P) ||
	    ((gate[5] & GATE_TYPE) != GATE_INTR &&
	     (gate[5] & GATE_TYPE) != GATE_TRAP))
		crash("has no gate for its timer's vector in its IDT",
		      g[REG_EIP]);
	frame = guest_mem(g[REG_UESP] - 12, 12);
	if (!frame || g[REG_UESP] < 12)
		crash("ran out of stack for an interrupt", g[REG_EIP]);
	frame[0] = g[REG_EIP];
	frame[1] = NULL_CS;
	frame[2] = (g[REG_EFL] & ~EFL_IF) | (cpu.vif ? EFL_IF : 0);
	g[REG_UESP] -= 12;
	g[REG_EIP] = (uint32_t)(gate[0] | gate[1] << 8 | gate[6] << 16 |
				(uint32_t)gate[7] << 24);
	if ((gate[5] & GATE_TYPE) == GATE_INTR)
		cpu.vif = 0;
	pic.irr &= ~1;
	pic.isr |= 1;
	stats.delivered++;
}

/* iret: pops eip, cs and eflags; IF goes to the virtual CPU. */
static void emulate_iret(greg_t *g)
{
	uint32_t *frame = guest_mem(g[REG_UESP], 12);

	if (!frame || frame[1] != NULL_CS)
		crash("returned with iret from no interrupt", g[REG_EIP]);
	g[REG_EIP] = frame[0];
	g[REG_EFL] = (g[REG_EFL] & ~EFL_ARITH) | (frame[2] & EFL_ARITH);
	cpu.vif = (frame[2] & EFL_IF) != 0;
	g[REG_UESP] += 12;
}

/*
 * hlt: waits for an interrupt the guest can take, then takes it with
 * eip past the hlt. The VMM waits in sigsuspend with SIGALRM let through
 * (in this handler SIGALRM is blocked, so pause() would wait for ever).
 */
static void emulate_hlt(greg_t *g)
{
	sigset_t wait_mask;

	g[REG_EIP] += 1;
	if (!cpu.vif) {
		uart_flush();
		printf("vmm: guest halted with interrupts off at eip 0x%08x: "
		       "nothing can wake it, stopping it\n",
		       g[REG_EIP] - 1);
		why = HUNG;
		return;
	}
	sigprocmask(SIG_BLOCK, NULL, &wait_mask);
	sigdelset(&wait_mask, SIGALRM);
	while (!irq_ready()) {
		if (!irq_possible()) {
			uart_flush();
			printf("vmm: guest waits in hlt for an interrupt that "
			       "cannot come: stopping it\n");
			why = HUNG;
			return;
		}
		sigsuspend(&wait_mask);
	}
	deliver(g);
	stats.in_hlt++;
}

/* The general register a ModRM rm field names, in the ucontext. */
static greg_t *modrm_reg(greg_t *g, uint8_t modrm)
{
	static const int map[8] = {REG_EAX,  REG_ECX, REG_EDX, REG_EBX,
				   REG_UESP, REG_EBP, REG_ESI, REG_EDI};

	return &g[map[modrm & 7]];
}

/* mov to or from crN: 0f 22 /r or 0f 20 /r. Returns 0 if refused. */
static int emulate_movcr(greg_t *g, const uint8_t *ip)
{
	int n = (ip[2] >> 3) & 7, to_cr = ip[1] == 0x22;
	greg_t *r = modrm_reg(g, ip[2]);

	if (n == 1 || n > 4)
		return 0; /* #UD on a real CPU */
	if (!to_cr) {
		*r = cpu.cr[n];
		return 1;
	}
	if (n == 0 && ((*r ^ cpu.cr[0]) & (CR0_PE | CR0_PG))) {
		uart_flush();
		printf("vmm: guest changed cr0 from 0x%08x to 0x%08x: "
		       "protected mode and paging are not virtualised\n",
		       cpu.cr[0], *r);
		return 0;
	}
	cpu.cr[n] = *r;
	return 1;
}

/* lidt with an absolute address: 0f 01 1d disp32. Returns 0 if refused. */
static int emulate_lidt(const uint8_t *ip)
{
	uint32_t addr;
	const uint8_t *d;

	if (ip[2] != 0x1d)
		return 0; /* other addressing modes are not decoded */
	memcpy(&addr, ip + 3, 4);
	d = guest_mem(addr, 6);
	if (!d)
		return 0;
	cpu.idt_limit = (uint32_t)(d[0] | d[1] << 8);
	memcpy(&cpu.idt_base, d + 2, 4);
	return 1;
}

/*
 * Decodes the instruction at the guest's eip and emulates it. Returns
 * its kind, with eip moved on (or, for hlt and iret, set where the guest
 * goes next); NKINDS if it is not one the VMM knows.
 */
static enum kind emulate(greg_t *g)
{
	const uint8_t *ip = (const uint8_t *)g[REG_EIP];
	uint8_t *al = (uint8_t *)&g[REG_EAX];
	uint16_t dx = (uint16_t)g[REG_EDX];

	switch (ip[0]) {
	case 0xfa: /* cli */
		cpu.vif = 0;
		g[REG_EIP] += 1;
		return CLI;
	case 0xfb: /* sti */
		cpu.vif = 1;
		g[REG_EIP] += 1;
		return STI;
	case 0xf4: /* hlt */
		emulate_hlt(g);
		return HLT;
	case 0xcf: /* iret */
		emulate_iret(g);
		return IRET;
	case 0xe4: /* in al, imm8 */
		*al = port_in(ip[1]);
		g[REG_EIP] += 2;
		return IN;
	case 0xec: /* in al, dx */
		*al = port_in(dx);
		g[REG_EIP] += 1;
		return IN;
	case 0xe6: /* out imm8, al */
		g[REG_EIP] += 2;
		port_out(ip[1], *al);
		return OUT;
	case 0xee: /* out dx, al */
		g[REG_EIP] += 1;
		port_out(dx, *al);
		return OUT;
	case 0x0f:
		if ((ip[1] == 0x20 || ip[1] == 0x22) && emulate_movcr(g, ip)) {
			g[REG_EIP] += 3;
			return MOVCR;
		}
		if (ip[1] == 0x01 && ((ip[2] >> 3) & 7) == 3 &&
		    emulate_lidt(ip)) {
			g[REG_EIP] += 7;
			return LIDT;
		}
		return NKINDS;
	default:
		return NKINDS;
	}
}

/* Says what the guest ran that the VMM does not emulate, and stops it. */
__attribute__((noreturn)) static void refuse(greg_t *g)
{
	const uint8_t *ip = (const uint8_t *)g[REG_EIP];

	uart_flush();
	printf("vmm: guest ran an instruction the VMM does not emulate at "
	       "eip 0x%08x (bytes %02x %02x %02x): stopping it\n",
	       g[REG_EIP], ip[0], ip[1], ip[2]);
	stop_guest(REFUSED);
}

/*
 * Delivers a pending interrupt if the guest can take it now, unless its
 * next instruction is hlt: the hlt will take it at once, with eip past
 * the hlt. That is what the interrupt shadow of sti (no interrupt before
 * the instruction after it) does for "sti; hlt" on a real CPU: a tick
 * that comes between the two wakes the hlt instead of being taken
 * before it, and the guest does not sleep through it.
 */
static int maybe_deliver(greg_t *g)
{
	if (!irq_ready() || *(const uint8_t *)g[REG_EIP] == 0xf4)
		return 0;
	deliver(g);
	return 1;
}

/*
 * SIGSEGV: a #GP in the guest is a privileged instruction to emulate;
 * any other fault in it ends the run. Runs on the alternate stack with
 * SIGALRM blocked. After the instruction (an sti, an iret, an EOI may
 * let it in), a pending interrupt the guest can take is delivered.
 */
static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	greg_t *g = ((ucontext_t *)ctx)->uc_mcontext.gregs;
	enum kind k;

	(void)sig;
	if (!in_guest_code(g[REG_EIP])) {
		/* The VMM's own bug: die of it, with the kernel's report. */
		signal(SIGSEGV, SIG_DFL);
		return;
	}
	if (g[REG_TRAPNO] != VEC_GP || si->si_code != SI_KERNEL)
		crash(g[REG_TRAPNO] == VEC_PF ? "took a page fault"
					      : "took a fault other than #GP",
		      g[REG_EIP]);
	k = emulate(g);
	if (k == NKINDS)
		refuse(g);
	stats.n[k]++;
	if (why)
		stop_guest(why); /* powered off, or waits for ever */
	if (k != HLT && maybe_deliver(g))
		stats.after++;
}

/*
 * SIGALRM: a tick of the virtual PIT raises IRQ 0. If the guest was
 * running and can take it, it does at once, wherever it was; else it
 * stays pending (a second tick before it is taken is merged, as on a
 * real PIC) until the guest can: after an emulated sti, EOI or iret, in
 * hlt, or at the next tick.
 */
static void on_alarm(int sig, siginfo_t *si, void *ctx)
{
	greg_t *g = ((ucontext_t *)ctx)->uc_mcontext.gregs;

	(void)sig;
	(void)si;
	stats.raised++;
	if (pic.irr & 1)
		stats.merged++;
	pic.irr |= 1;
	if (in_guest_code(g[REG_EIP]) && maybe_deliver(g))
		stats.running++;
}

/* Both handlers run on their own stack, never on the guest's. */
static void install_handlers(void)
{
	stack_t ss = {(uint32_t)altstack, 0, sizeof(altstack)};
	struct sigaction sa;

	sigaltstack(&ss, NULL);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigaddset(&sa.sa_mask, SIGALRM);
	sigaction(SIGSEGV, &sa, NULL);
	sa.sa_sigaction = on_alarm;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
}

static void print_summary(void)
{
	unsigned total = 0;

	for (int k = 0; k < NKINDS; k++)
		total += stats.n[k];
	printf("vmm: emulated %u instructions:", total);
	for (int k = 0; k < NKINDS; k++)
		printf("%s %s %u", k ? "," : "", kind_name[k], stats.n[k]);
	printf("\nvmm: %u virtual timer interrupts delivered: %u in hlt, %u "
	       "to the running guest, %u after an emulated instruction\n",
	       stats.delivered, stats.in_hlt, stats.running, stats.after);
	printf("vmm: %u timer ticks, %u merged while one was pending\n",
	       stats.raised, stats.merged);
	printf("vmm: guest cr0 0x%08x at power-on, 0x%08x at the end; PIT "
	       "divisor %u\n",
	       cpu.cr0_boot, cpu.cr[0], pit.divisor);
}

/*
 * Jumps into the guest (which sets up its own stack) and comes back
 * when stop_guest ends the run.
 */
static void run_guest(const uint8_t *entry)
{
	if (sigsetjmp(vm_exit, 1) == 0)
		((void (*)(void))entry)();
}

int main(int argc, char *argv[])
{
	const uint8_t *entry = guest_start;

	if (argc > 1 && strcmp(argv[1], "refuse") == 0)
		entry = guest_refuse;
	else if (argc > 1 && strcmp(argv[1], "hang") == 0)
		entry = guest_hang;
	else if (argc > 1) {
		printf("usage: vmm [refuse|hang]\n");
		return 2;
	}
	cpu.cr[0] = cpu.cr0_boot = CR0_PE | CR0_ET;
	pic.imr = 0xff;
	install_handlers();
	printf("vmm: running a %u-byte guest at 0x%08x in ring 3\n",
	       (unsigned)(guest_end - guest_start), (uint32_t)entry);
	run_guest(entry);
	uart_flush();
	if (why == POWERED_OFF)
		printf("vmm: guest powered off with status %d\n", guest_status);
	print_summary();
	return why == POWERED_OFF ? guest_status : 1;
}
