// The privileged-instruction suite's runner: every case of
// tests/robust/privileged.tbl runs in a child of its own, which executes
// one instruction (or a short sequence) that ring 3 must not get away
// with. Run in full by tests/test_robustness.py under both memory models;
// this header only has it check its own table.
// args: --check
// expect: exit 0
// expect-output: ^privileged: table ok: \d+ cases$
// forbid-output: FAIL
//
// Options: --check, --from N, --only CATEGORY/NAME (see badcalls.c).
// A case function returns 0 when the instruction did what the table says
// (or was harmlessly ignored), else a small number: the exit status the
// report shows as "exit:N".
#include <fcntl.h>
#include "../robust/runner.h"
#include "rawsys.h"
#include <mmu.h>

/* ---- The table: PRIV rows name a function p_NAME below. */

#define PRIV(cat, name, exp) static int p_##name(void);
#define INTS(first, last, exp)
#include "../robust/privileged.tbl"
#undef PRIV
#undef INTS

struct prow {
	const char *cat, *name;
	int (*fn)(void); /* NULL for an INTS range */
	const char *expect;
	int first, last; /* the vectors of an INTS range */
};

#define PRIV(cat, name, exp)   {#cat, #name, p_##name, #exp, 0, 0},
#define INTS(first, last, exp) {"int", NULL, NULL, #exp, first, last},
static const struct prow rows[] = {
#include "../robust/privileged.tbl"
};
#undef PRIV
#undef INTS
#define NROWS ((int)(sizeof(rows) / sizeof(rows[0])))

/* ---- Helpers. */

#define SEL_NULL     0x0000
#define SEL_KDATA_R3 (SEL_KDATA | RPL_USER)	    /* 0x13 */
#define SEL_TSS_R3   (SEL_TSS | RPL_USER)	    /* 0x2b */
#define SEL_KCODE_R3 (SEL_KCODE | RPL_USER)	    /* 0x0b */
#define SEL_UCODE_R0 (GDT_UCODE << 3)		    /* 0x18 */
#define SEL_UCODE_R2 ((GDT_UCODE << 3) | 2)	    /* 0x1a */
#define SEL_UDATA_R0 (GDT_UDATA << 3)		    /* 0x20 */
#define SEL_UDATA_R1 ((GDT_UDATA << 3) | 1)	    /* 0x21 */
#define SEL_LDT_1    ((1 << 3) | 4 | RPL_USER)	    /* 0x0f */
#define SEL_PAST_GDT ((GDT_NSLOTS << 3) | RPL_USER) /* 0x33 */
#define SEL_MAX	     0xfffb			    /* the last GDT slot */
#define SPIN_LOOPS   20000000 /* long enough for a few timer ticks */
#define RET42_LEN    6

/* A far pointer in memory: offset, then selector. */
struct farptr {
	uint32_t off;
	uint16_t sel;
} __attribute__((packed));

/* mov $42, %eax; ret */
static const unsigned char ret42[16] = {0xb8, 0x2a, 0, 0, 0, 0xc3};
static unsigned char data_code[16] = {0xb8, 0x2a, 0, 0, 0, 0xc3};
static unsigned char bss_code[16];
static unsigned char scratch[64];
static char *brk_end;

static uint32_t get_eflags(void)
{
	uint32_t f;

	__asm__ volatile("pushfl\n\tpopl %0" : "=r"(f));
	return f;
}

static void set_eflags(uint32_t f)
{
	__asm__ volatile("pushl %0\n\tpopfl" ::"r"(f) : "cc", "memory");
}

/* 0 if IF is still on and IOPL still 0 (ring 3 cannot change either). */
static int flags_intact(void)
{
	uint32_t f = get_eflags();

	return (f & FL_IF) && !(f & FL_IOPL) && !(f & FL_VM) ? 0 : 1;
}

/* Calls code that should return 42; 0 if it did. */
static int call_code(const void *code)
{
	int (*fn)(void) = (int (*)(void))(uintptr_t)code;

	__asm__ volatile("" ::: "memory");
	return fn() == 42 ? 0 : 1;
}

/* Jumps to addr as if it were a function; returns only if it ran. */
static int call_at(uint32_t addr)
{
	void (*fn)(void) = (void (*)(void))opaque_ptr(addr);

	fn();
	return 1;
}

/* ---- io: every port is closed to ring 3. */

static int p_inb_pic_0x20(void)
{
	uint8_t v;

	__asm__ volatile("inb %%dx, %%al" : "=a"(v) : "d"(0x20));
	return 1;
}

static int p_inb_kbd_0x60_imm(void)
{
	uint8_t v;

	__asm__ volatile("inb $0x60, %%al" : "=a"(v));
	return 1;
}

static int p_inb_kbd_status_0x64(void)
{
	uint8_t v;

	__asm__ volatile("inb %%dx, %%al" : "=a"(v) : "d"(0x64));
	return 1;
}

static int p_inb_cmos_0x71(void)
{
	uint8_t v;

	__asm__ volatile("inb %%dx, %%al" : "=a"(v) : "d"(0x71));
	return 1;
}

static int p_inb_com1_0x3f8(void)
{
	uint8_t v;

	__asm__ volatile("inb %%dx, %%al" : "=a"(v) : "d"(0x3f8));
	return 1;
}

static int p_inw_ide_0x1f0(void)
{
	uint16_t v;

	__asm__ volatile("inw %%dx, %%ax" : "=a"(v) : "d"(0x1f0));
	return 1;
}

static int p_inl_pci_0xcf8(void)
{
	uint32_t v;

	__asm__ volatile("inl %%dx, %%eax" : "=a"(v) : "d"(0xcf8));
	return 1;
}

static int p_inl_pci_0xcfc(void)
{
	uint32_t v;

	__asm__ volatile("inl %%dx, %%eax" : "=a"(v) : "d"(0xcfc));
	return 1;
}

static void outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %%al, %%dx" ::"a"(v), "d"(port));
}

static int p_outb_pic_eoi_0x20(void)
{
	outb(0x20, 0x20);
	return 1;
}

static int p_outb_pic_mask_0x21(void)
{
	outb(0x21, 0xff); /* would mask every IRQ, the timer's too */
	return 1;
}

static int p_outb_pit_0x43(void)
{
	outb(0x43, 0x30); /* would stop the timer in one-shot mode */
	return 1;
}

static int p_outb_kbd_0x60(void)
{
	outb(0x60, 0xf5);
	return 1;
}

static int p_outb_kbd_reset_0x64(void)
{
	outb(0x64, 0xfe); /* would pulse the CPU reset line */
	return 1;
}

static int p_outb_cmos_0x70(void)
{
	outb(0x70, 0x0f);
	return 1;
}

static int p_outb_post_0x80_imm(void)
{
	__asm__ volatile("outb %%al, $0x80" ::"a"(0));
	return 1;
}

static int p_outb_com1_0x3f8(void)
{
	outb(0x3f8, 'X');
	return 1;
}

static int p_outb_qemu_exit_0xf4(void)
{
	outb(0xf4, 0); /* would end QEMU: the isa-debug-exit device */
	return 1;
}

static int p_outw_acpi_off_0x604(void)
{
	__asm__ volatile("outw %%ax, %%dx" ::"a"(0x2000), "d"(0x604));
	return 1;
}

static int p_outb_reset_0xcf9(void)
{
	outb(0xcf9, 0x06); /* would reset the machine */
	return 1;
}

static int p_outl_pci_0xcf8(void)
{
	__asm__ volatile("outl %%eax, %%dx" ::"a"(0x80000000u), "d"(0xcf8));
	return 1;
}

static int p_outw_ide_0x1f0(void)
{
	__asm__ volatile("outw %%ax, %%dx" ::"a"(0), "d"(0x1f0));
	return 1;
}

static int p_insb_kbd_0x60(void)
{
	__asm__ volatile("rep insb" ::"D"(scratch), "c"(4), "d"(0x60)
			 : "memory");
	return 1;
}

static int p_insw_ide_0x1f0(void)
{
	__asm__ volatile("rep insw" ::"D"(scratch), "c"(4), "d"(0x1f0)
			 : "memory");
	return 1;
}

static int p_insl_pci_0xcfc(void)
{
	__asm__ volatile("insl" ::"D"(scratch), "d"(0xcfc) : "memory");
	return 1;
}

static int p_outsb_com1_0x3f8(void)
{
	__asm__ volatile("rep outsb" ::"S"(scratch), "c"(4), "d"(0x3f8));
	return 1;
}

static int p_outsl_pci_0xcf8(void)
{
	__asm__ volatile("outsl" ::"S"(scratch), "d"(0xcf8));
	return 1;
}

/* ---- eflags: what ring 3 may not change, it cannot. */

static int p_cli(void)
{
	__asm__ volatile("cli");
	return 1;
}

static int p_sti(void)
{
	__asm__ volatile("sti");
	return 1;
}

static int p_popf_clear_if(void)
{
	set_eflags(get_eflags() & ~FL_IF);
	return flags_intact();
}

static int p_popf_set_iopl3(void)
{
	set_eflags(get_eflags() | FL_IOPL);
	return flags_intact();
}

static int p_popf_iopl3_then_cli(void)
{
	set_eflags(get_eflags() | FL_IOPL);
	__asm__ volatile("cli");
	return 1;
}

static int p_popf_iopl3_then_inb(void)
{
	uint8_t v;

	set_eflags(get_eflags() | FL_IOPL);
	__asm__ volatile("inb $0x60, %%al" : "=a"(v));
	return 1;
}

static int p_popf_set_vm(void)
{
	set_eflags(get_eflags() | FL_VM);
	return flags_intact();
}

/* NT survives a system call; the kernel's own iret must not see it. */
static int p_popf_set_nt_then_syscall(void)
{
	int r;

	__asm__ volatile("pushfl\n\t"
			 "orl %[nt], (%%esp)\n\t"
			 "popfl\n\t"
			 "int $0x40\n\t"
			 "pushfl\n\t"
			 "andl %[notnt], (%%esp)\n\t"
			 "popfl"
			 : "=a"(r)
			 : "a"(SYS_getpid), [nt] "i"(FL_NT), [notnt] "i"(~FL_NT)
			 : "cc", "memory");
	return r == getpid() ? 0 : 2;
}

/* With NT set, iret is a return to the previous task: #TS here. */
static int p_popf_set_nt_then_iret(void)
{
	__asm__ volatile("pushfl\n\t"
			 "orl %[nt], (%%esp)\n\t"
			 "popfl\n\t"
			 "pushfl\n\t"
			 "pushl %%cs\n\t"
			 "pushl $1f\n\t"
			 "iret\n"
			 "1:\n\t"
			 "pushfl\n\t"
			 "andl %[notnt], (%%esp)\n\t"
			 "popfl" ::[nt] "i"(FL_NT),
			 [notnt] "i"(~FL_NT)
			 : "cc", "memory");
	return 1;
}

static int p_popf_set_tf(void)
{
	set_eflags(get_eflags() | FL_TF);
	__asm__ volatile("nop\n\tnop");
	return 1;
}

/* The single step must not follow the system call into the kernel. */
static int p_popf_set_tf_then_syscall(void)
{
	int r;

	__asm__ volatile("pushfl\n\t"
			 "orl %[tf], (%%esp)\n\t"
			 "popfl\n\t"
			 "int $0x40\n\t"
			 "nop\n\t"
			 "nop"
			 : "=a"(r)
			 : "a"(SYS_getpid), [tf] "i"(FL_TF)
			 : "cc", "memory");
	return 1;
}

/* AC does nothing while the kernel leaves CR0.AM off. */
static int p_popf_set_ac_misaligned(void)
{
	volatile uint32_t *p = (volatile uint32_t *)(scratch + 1);
	uint32_t v;

	set_eflags(get_eflags() | FL_AC);
	v = *p;
	set_eflags(get_eflags() & ~FL_AC);
	(void)v;
	return 0;
}

/* A system call with the direction flag set: the kernel must clear it. */
static int p_std_then_syscall(void)
{
	struct meminfo m;
	int r;

	memset(&m, 0, sizeof(m));
	__asm__ volatile("std\n\t"
			 "pushl %[m]\n\t"
			 "pushl $0\n\t"
			 "int $0x40\n\t"
			 "addl $8, %%esp\n\t"
			 "cld"
			 : "=a"(r)
			 : "a"(SYS_meminfo), [m] "r"(&m)
			 : "cc", "memory");
	if (r != 0 || m.total_frames == 0 || m.free_frames > m.total_frames)
		return 2;
	return 0;
}

/*
 * A read into an odd address with DF set: the kernel's byte-wise copy out
 * must still run forwards, so the data lands where asked and nothing
 * before the buffer changes.
 */
static int p_std_then_read_misaligned(void)
{
	static const unsigned char elf[4] = {0x7f, 'E', 'L', 'F'};
	int fd = open("/bin/hello", O_RDONLY), r;

	if (fd < 0)
		return 3;
	memset(scratch, 0x55, sizeof(scratch));
	__asm__ volatile("std\n\t"
			 "pushl $16\n\t"
			 "pushl %[buf]\n\t"
			 "pushl %[fd]\n\t"
			 "pushl $0\n\t"
			 "int $0x40\n\t"
			 "addl $16, %%esp\n\t"
			 "cld"
			 : "=a"(r)
			 : "a"(SYS_read), [buf] "r"(scratch + 33), [fd] "r"(fd)
			 : "cc", "memory");
	if (r != 16 || memcmp(scratch + 33, elf, 4) != 0)
		return 2;
	for (int i = 0; i < 33; i++)
		if (scratch[i] != 0x55)
			return 4;
	return 0;
}

/* Timer interrupts (and switches to other processes) with DF set. */
static int p_std_then_timer(void)
{
	__asm__ volatile("std\n\t"
			 "1: decl %%ecx\n\t"
			 "jnz 1b\n\t"
			 "cld" ::"c"(SPIN_LOOPS)
			 : "cc", "memory");
	return 0;
}

/* A same-privilege iret whose flags image asks for IOPL 3 and IF 0. */
static int p_iret_clear_if_set_iopl3(void)
{
	__asm__ volatile("pushfl\n\t"
			 "orl %[iopl], (%%esp)\n\t"
			 "andl %[noif], (%%esp)\n\t"
			 "pushl %%cs\n\t"
			 "pushl $1f\n\t"
			 "iret\n"
			 "1:" ::[iopl] "i"(FL_IOPL),
			 [noif] "i"(~FL_IF)
			 : "cc", "memory");
	return flags_intact();
}

static int p_iret_set_vm(void)
{
	__asm__ volatile("pushfl\n\t"
			 "orl %[vm], (%%esp)\n\t"
			 "pushl %%cs\n\t"
			 "pushl $1f\n\t"
			 "iret\n"
			 "1:" ::[vm] "i"(FL_VM)
			 : "cc", "memory");
	return flags_intact();
}

/*
 * An iret into virtual-8086 mode, to "jmp ." at a real-mode address with
 * cs & 3 == 3. Hardware ignores VM in an iret at CPL 3 (and then the cs
 * is an invalid selector: #GP); QEMU's TCG enters virtual-8086 mode, and
 * then the timer interrupts a process whose flags say VM.
 */
static unsigned char v86_code[128] __attribute__((aligned(64)));

static int p_iret_vm_then_spin(void)
{
	uint32_t lin = (uint32_t)(uintptr_t)v86_code, cs, ip;

	while (((lin >> 4) & 3) != 3)
		lin += 16;
	v86_code[lin - (uint32_t)(uintptr_t)v86_code] = 0xeb; /* jmp . */
	v86_code[lin - (uint32_t)(uintptr_t)v86_code + 1] = 0xfe;
	cs = lin >> 4;
	ip = lin & 15;
	__asm__ volatile("pushl %[cs]\n\t" /* gs, fs, ds, es, ss */
			 "pushl %[cs]\n\t"
			 "pushl %[cs]\n\t"
			 "pushl %[cs]\n\t"
			 "pushl %[cs]\n\t"
			 "pushl $0x100\n\t" /* esp */
			 "pushfl\n\t"
			 "orl %[vm], (%%esp)\n\t"
			 "pushl %[cs]\n\t"
			 "pushl %[ip]\n\t"
			 "iret" ::[cs] "r"(cs),
			 [ip] "r"(ip), [vm] "i"(FL_VM)
			 : "memory");
	return 1;
}

/* ---- seg: selectors ring 3 may not load, and odd ones it may. */

#define LOAD(reg, sel) __asm__ volatile("movw %w0, %%" reg ::"r"(sel))

static int p_ds_kdata_0x10(void)
{
	LOAD("ds", SEL_KDATA);
	return 1;
}

static int p_es_kdata_0x10(void)
{
	LOAD("es", SEL_KDATA);
	return 1;
}

static int p_fs_kdata_0x10(void)
{
	LOAD("fs", SEL_KDATA);
	return 1;
}

static int p_gs_kdata_0x10(void)
{
	LOAD("gs", SEL_KDATA);
	return 1;
}

static int p_ss_kdata_0x10(void)
{
	LOAD("ss", SEL_KDATA);
	return 1;
}

static int p_ds_kdata_rpl3_0x13(void)
{
	LOAD("ds", SEL_KDATA_R3);
	return 1;
}

static int p_ds_kcode_0x08(void)
{
	LOAD("ds", SEL_KCODE);
	return 1;
}

static int p_ds_tss_0x28(void)
{
	LOAD("ds", SEL_TSS);
	return 1;
}

static int p_es_tss_rpl3_0x2b(void)
{
	LOAD("es", SEL_TSS_R3);
	return 1;
}

static int p_ss_tss_0x28(void)
{
	LOAD("ss", SEL_TSS);
	return 1;
}

static int p_ss_ucode_0x1b(void)
{
	LOAD("ss", SEL_UCODE);
	return 1;
}

static int p_ss_null(void)
{
	LOAD("ss", SEL_NULL);
	return 1;
}

static int p_ss_udata_rpl0_0x20(void)
{
	LOAD("ss", SEL_UDATA_R0);
	return 1;
}

static int p_ds_ldt_0x0f(void)
{
	LOAD("ds", SEL_LDT_1);
	return 1;
}

static int p_ds_beyond_gdt_0x33(void)
{
	LOAD("ds", SEL_PAST_GDT);
	return 1;
}

static int p_ds_max_0xfffb(void)
{
	LOAD("ds", SEL_MAX);
	return 1;
}

/* lss with the current esp and the kernel's data selector. */
static int p_lss_kdata(void)
{
	struct farptr fp = {0, SEL_KDATA};

	__asm__ volatile("movl %%esp, (%0)\n\t"
			 "lss (%0), %%esp" ::"r"(&fp)
			 : "memory");
	return 1;
}

static int p_lds_kdata(void)
{
	struct farptr fp = {0, SEL_KDATA};
	uint32_t v;

	__asm__ volatile("pushl %%ds\n\t"
			 "lds (%1), %0\n\t"
			 "popl %%ds"
			 : "=r"(v)
			 : "r"(&fp)
			 : "memory");
	return 1;
}

static int p_pop_ss_kdata(void)
{
	__asm__ volatile("pushl %0\n\t"
			 "popl %%ss" ::"i"(SEL_KDATA)
			 : "memory");
	return 1;
}

/* Loading null is allowed; using it is not. */
static int p_ds_null_then_access(void)
{
	uint32_t v;

	__asm__ volatile("movw %w1, %%ds\n\t"
			 "movl (%2), %0\n\t"
			 "movw %%ss, %%dx\n\t"
			 "movw %%dx, %%ds"
			 : "=&r"(v)
			 : "r"(SEL_NULL), "r"(scratch)
			 : "edx", "memory");
	return 1;
}

/* The user code segment is readable, so ds may hold it. */
static int p_ds_ucode_then_read(void)
{
	uint32_t v;

	__asm__ volatile("movw %w1, %%ds\n\t"
			 "movl (%2), %0\n\t"
			 "movw %%ss, %%dx\n\t"
			 "movw %%dx, %%ds"
			 : "=&r"(v)
			 : "r"(SEL_UCODE), "r"(ret42)
			 : "edx", "memory");
	return v == 0x00002ab8 ? 0 : 2;
}

/*
 * Loads sel into reg, makes a system call with it there, and puts the
 * usual selector back. The kernel may let the program go on (then
 * getpid's result comes back) or kill it; it must not panic.
 */
#define SEL_THEN_SYSCALL(reg, sel, r)                                          \
	__asm__ volatile("movw %w1, %%" reg "\n\t"                             \
			 "movl %2, %%eax\n\t"                                  \
			 "int $0x40\n\t"                                       \
			 "movw %%ss, %%dx\n\t"                                 \
			 "movw %%dx, %%" reg                                   \
			 : "=&a"(r)                                            \
			 : "r"(sel), "i"(SYS_getpid)                           \
			 : "edx", "memory")

/* The same around a spin of a few timer ticks, with no system call. */
#define SEL_THEN_TIMER(reg, sel)                                               \
	__asm__ volatile("movw %w0, %%" reg "\n\t"                             \
			 "1: decl %%ecx\n\t"                                   \
			 "jnz 1b\n\t"                                          \
			 "movw %%ss, %%dx\n\t"                                 \
			 "movw %%dx, %%" reg ::"r"(sel),                       \
			 "c"(SPIN_LOOPS)                                       \
			 : "edx", "cc", "memory")

static int p_ds_null_then_syscall(void)
{
	int r;

	SEL_THEN_SYSCALL("ds", SEL_NULL, r);
	return r == getpid() ? 0 : 2;
}

static int p_ds_ucode_then_syscall(void)
{
	int r;

	SEL_THEN_SYSCALL("ds", SEL_UCODE, r);
	return r == getpid() ? 0 : 2;
}

static int p_ds_udata_rpl0_then_syscall(void)
{
	int r;

	SEL_THEN_SYSCALL("ds", SEL_UDATA_R0, r);
	return r == getpid() ? 0 : 2;
}

static int p_ds_ucode_rpl0_then_syscall(void)
{
	int r;

	SEL_THEN_SYSCALL("ds", SEL_UCODE_R0, r);
	return r == getpid() ? 0 : 2;
}

static int p_es_udata_rpl1_then_syscall(void)
{
	int r;

	SEL_THEN_SYSCALL("es", SEL_UDATA_R1, r);
	return r == getpid() ? 0 : 2;
}

static int p_fs_null_then_syscall(void)
{
	int r;

	SEL_THEN_SYSCALL("fs", SEL_NULL, r);
	return r == getpid() ? 0 : 2;
}

static int p_gs_ucode_rpl2_then_syscall(void)
{
	int r;

	SEL_THEN_SYSCALL("gs", SEL_UCODE_R2, r);
	return r == getpid() ? 0 : 2;
}

static int p_ds_null_then_timer(void)
{
	SEL_THEN_TIMER("ds", SEL_NULL);
	return 0;
}

static int p_ds_udata_rpl0_then_timer(void)
{
	SEL_THEN_TIMER("ds", SEL_UDATA_R0);
	return 0;
}

/*
 * A call gate to the kernel's code segment, in the LDT. kestrel loads no
 * LDT; if LDTR still held its power-on value (base 0, limit 0xffff) the CPU
 * would read LDT descriptors from linear addresses below 64 KiB, which are
 * this program's own, and the gate would run ring0_entry in ring 0.
 */
static uint32_t fake_ldt[2] __attribute__((aligned(8)));

__asm__(".pushsection .text\n"
	"ring0_entry:\n\t"
	"movl %cr3, %eax\n\t" /* only ring 0 gets past this */
	"lret\n"
	".popsection\n");
extern const char ring0_entry[];

#define GATE_CALL32 0xec00 /* present, DPL 3, 32-bit call gate */
#define SEL_LDT_TI  4	   /* a selector's table bit: the LDT */

static int p_ldt_call_gate_to_ring0(void)
{
	uint32_t slot = (uint32_t)(uintptr_t)fake_ldt, off, cr3 = 0;
	struct farptr fp;

	if (slot > 0xfff8)
		return 3; /* the slot must lie below 64 KiB */
	off = (uint32_t)(uintptr_t)ring0_entry;
	fake_ldt[0] = ((uint32_t)SEL_KCODE << 16) | (off & 0xffff);
	fake_ldt[1] = (off & 0xffff0000u) | GATE_CALL32;
	fp.off = 0;
	fp.sel = (uint16_t)(slot | SEL_LDT_TI | RPL_USER);
	__asm__ volatile("lcall *(%1)" : "+a"(cr3) : "r"(&fp) : "memory");
	return 42; /* ran ring0_entry: cr3 was read in ring 0 */
}

/* ---- ctl: system registers and tables. */

static int p_hlt(void)
{
	__asm__ volatile("hlt");
	return 1;
}

static int p_lgdt(void)
{
	__asm__ volatile("lgdt (%0)" ::"r"(scratch) : "memory");
	return 1;
}

static int p_lidt(void)
{
	__asm__ volatile("lidt (%0)" ::"r"(scratch) : "memory");
	return 1;
}

static int p_ltr(void)
{
	__asm__ volatile("ltr %w0" ::"r"(SEL_TSS));
	return 1;
}

static int p_lldt(void)
{
	__asm__ volatile("lldt %w0" ::"r"(SEL_NULL));
	return 1;
}

static int p_lmsw(void)
{
	__asm__ volatile("lmsw %w0" ::"r"(CR0_PE));
	return 1;
}

static int p_clts(void)
{
	__asm__ volatile("clts");
	return 1;
}

static int p_invlpg(void)
{
	__asm__ volatile("invlpg (%0)" ::"r"(scratch) : "memory");
	return 1;
}

static int p_wbinvd(void)
{
	__asm__ volatile("wbinvd");
	return 1;
}

static int p_invd(void)
{
	__asm__ volatile("invd");
	return 1;
}

#define MOV_FROM(reg, v) __asm__ volatile("movl %%" reg ", %0" : "=r"(v))
#define MOV_TO(reg, val)                                                       \
	__asm__ volatile("movl %0, %%" reg ::"r"(val) : "memory")

static int p_mov_from_cr0(void)
{
	uint32_t v;

	MOV_FROM("cr0", v);
	return 1;
}

static int p_mov_to_cr0(void)
{
	MOV_TO("cr0", CR0_PE); /* would turn paging off */
	return 1;
}

static int p_mov_from_cr2(void)
{
	uint32_t v;

	MOV_FROM("cr2", v);
	return 1;
}

static int p_mov_from_cr3(void)
{
	uint32_t v;

	MOV_FROM("cr3", v);
	return 1;
}

static int p_mov_to_cr3(void)
{
	MOV_TO("cr3", 0);
	return 1;
}

static int p_mov_from_cr4(void)
{
	uint32_t v;

	MOV_FROM("cr4", v);
	return 1;
}

static int p_mov_to_cr4(void)
{
	MOV_TO("cr4", 0);
	return 1;
}

static int p_mov_from_dr7(void)
{
	uint32_t v;

	MOV_FROM("db7", v);
	return 1;
}

static int p_mov_to_dr7(void)
{
	MOV_TO("db7", 0x3ff);
	return 1;
}

static int p_mov_to_dr0(void)
{
	MOV_TO("db0", KERNEL_ADDR);
	return 1;
}

static int p_mov_from_dr6(void)
{
	uint32_t v;

	MOV_FROM("db6", v);
	return 1;
}

static int p_rdmsr(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(0x10));
	return 1;
}

static int p_wrmsr(void)
{
	/* IA32_SYSENTER_CS: would open sysenter into ring 0. */
	__asm__ volatile("wrmsr" ::"c"(0x174), "a"(SEL_KCODE), "d"(0));
	return 1;
}

static int p_rdpmc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdpmc" : "=a"(lo), "=d"(hi) : "c"(0));
	return 1;
}

static int p_sysexit(void)
{
	__asm__ volatile("sysexit");
	return 1;
}

/* Not privileged without CR4.UMIP (which kestrel leaves off). */
static int p_sgdt(void)
{
	__asm__ volatile("sgdt (%0)" ::"r"(scratch) : "memory");
	return 0;
}

static int p_sidt(void)
{
	__asm__ volatile("sidt (%0)" ::"r"(scratch) : "memory");
	return 0;
}

static int p_sldt(void)
{
	uint16_t v;

	__asm__ volatile("sldt %w0" : "=r"(v));
	return 0;
}

static int p_str(void)
{
	uint16_t v;

	__asm__ volatile("str %w0" : "=r"(v));
	return v == SEL_TSS ? 0 : 2;
}

static int p_smsw(void)
{
	uint16_t v;

	__asm__ volatile("smsw %w0" : "=r"(v));
	return 0;
}

static int p_rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return 0;
}

static void cpuid(uint32_t leaf, uint32_t *a, uint32_t *b, uint32_t *c,
		  uint32_t *d)
{
	__asm__ volatile("cpuid"
			 : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d)
			 : "a"(leaf), "c"(0));
}

static int p_cpuid(void)
{
	uint32_t a, b, c, d;

	cpuid(0, &a, &b, &c, &d);
	return 0;
}

/* ---- far: control transfers towards ring 0. */

#define FAR(insn, sel) __asm__ volatile(insn " $" #sel ", $1f\n1:" ::: "memory")

static int p_ljmp_kcode(void)
{
	FAR("ljmp", 0x08);
	return 1;
}

static int p_lcall_kcode(void)
{
	FAR("lcall", 0x08);
	return 1;
}

static int p_ljmp_kdata(void)
{
	FAR("ljmp", 0x10);
	return 1;
}

static int p_ljmp_tss(void)
{
	FAR("ljmp", 0x28);
	return 1;
}

static int p_lcall_tss(void)
{
	FAR("lcall", 0x28);
	return 1;
}

static int p_ljmp_tss_rpl3(void)
{
	FAR("ljmp", 0x2b);
	return 1;
}

static int p_ljmp_null(void)
{
	FAR("ljmp", 0x00);
	return 1;
}

static int p_lcall_null(void)
{
	FAR("lcall", 0x00);
	return 1;
}

static int p_lret_kcode(void)
{
	__asm__ volatile("pushl %0\n\t"
			 "pushl $1f\n\t"
			 "lret\n"
			 "1:" ::"i"(SEL_KCODE)
			 : "memory");
	return 1;
}

/* iret to cs with the current flags. */
#define IRET_TO(cs)                                                            \
	__asm__ volatile("pushfl\n\t"                                          \
			 "pushl %0\n\t"                                        \
			 "pushl $1f\n\t"                                       \
			 "iret\n"                                              \
			 "1:" ::"i"(cs)                                        \
			 : "memory")

static int p_iret_kcode(void)
{
	IRET_TO(SEL_KCODE);
	return 1;
}

static int p_iret_kcode_rpl3(void)
{
	IRET_TO(SEL_KCODE_R3);
	return 1;
}

static int p_iret_ucode_rpl0(void)
{
	IRET_TO(SEL_UCODE_R0);
	return 1;
}

/* A far jump to our own code segment with RPL 0: cs stays at RPL 3. */
static int p_ljmp_ucode_rpl0(void)
{
	uint16_t cs;

	__asm__ volatile("ljmp $0x18, $1f\n"
			 "1:\n\t"
			 "movw %%cs, %0"
			 : "=r"(cs)::"memory");
	return cs == SEL_UCODE ? 0 : 2;
}

static int p_lcall_ucode(void)
{
	__asm__ volatile("lcall $0x1b, $2f\n\t"
			 "jmp 3f\n"
			 "2:\n\t"
			 "lret\n"
			 "3:" ::
				 : "memory");
	return 0;
}

static int p_sysenter(void)
{
	__asm__ volatile("sysenter");
	return 1;
}

static int p_syscall(void)
{
	__asm__ volatile("syscall" ::: "ecx", "memory");
	return 1;
}

/* ---- trap: other instructions that raise exceptions. */

static int p_int3(void)
{
	__asm__ volatile("int3");
	return 1;
}

static int p_into_overflow(void)
{
	__asm__ volatile("movb $0x7f, %%al\n\t"
			 "addb $1, %%al\n\t"
			 "into" ::
				 : "eax", "cc");
	return 1;
}

static int p_into_no_overflow(void)
{
	__asm__ volatile("xorl %%eax, %%eax\n\t"
			 "into" ::
				 : "eax", "cc");
	return 0;
}

static int p_icebp(void)
{
	__asm__ volatile(".byte 0xf1");
	return 1;
}

static int p_bound_out_of_range(void)
{
	static const int32_t bounds[2] = {0, 10};

	__asm__ volatile("boundl %0, (%1)" ::"r"(20), "r"(bounds));
	return 1;
}

static int p_ud2(void)
{
	__asm__ volatile("ud2");
	return 1;
}

static int p_lock_nop(void)
{
	__asm__ volatile(".byte 0xf0, 0x90");
	return 1;
}

static int p_vmcall(void)
{
	__asm__ volatile(".byte 0x0f, 0x01, 0xc1");
	return 1;
}

/* movaps %xmm0, %xmm1: runs, since the kernel sets CR4.OSFXSR and saves
 * each process's SSE registers with fxsave (#UD without OS support). */
static int p_sse_movaps(void)
{
	__asm__ volatile(".byte 0x0f, 0x28, 0xc8");
	return 0;
}

/* x87 instructions run in ring 3: each process has its own x87 state. */
static int p_x87_fld1(void)
{
	__asm__ volatile(".byte 0xdb, 0xe3\n\t"	  /* fninit */
			 ".byte 0xd9, 0xe8\n\t"	  /* fld1 */
			 ".byte 0xdd, 0xd8\n\t"); /* fstp %st(0) */
	return 0;
}

/* ---- isolation: CPU state one process leaves must not reach another. */

/*
 * A child loads a value into the x87 register stack and exits; this
 * process, which never loaded anything, then pops the top of its own x87
 * stack. Unless the kernel gives each process its own x87 state, it finds
 * the child's value there. (Before kestrel saved x87 state it found it,
 * then it gave programs no FPU at all; now the parent's first x87
 * instruction after the child ran loads its own, clean, registers.)
 */
static int p_x87_registers_private(void)
{
	int secret = 0x5ec7e7, got = 0, pid, status, fds[2];
	char c;

	if (pipe(fds) < 0)
		return 3;
	pid = fork();
	if (pid == 0) {
		__asm__ volatile("fninit\n\t"
				 "fildl %0" ::"m"(secret));
		write(fds[1], "x", 1);
		_exit(0);
	}
	close(fds[1]);
	if (pid < 0)
		return 3;
	if (read(fds[0], &c, 1) != 1 || waitpid(pid, &status, 0) != pid ||
	    status != 0)
		return 3;
	__asm__ volatile("fistpl %0" : "=m"(got));
	return got == secret ? 5 : 0;
}

/*
 * The same with an SSE register: a child leaves a value in xmm0 and
 * exits; this process's xmm0, which it never wrote, must not hold it.
 */
static int p_sse_registers_private(void)
{
	uint32_t secret[4] __attribute__((aligned(16))) = {0x5ec7e7, 1, 2, 3};
	uint32_t got[4] __attribute__((aligned(16))) = {0, 0, 0, 0};
	int pid, status, fds[2];
	char c;

	if (pipe(fds) < 0)
		return 3;
	pid = fork();
	if (pid == 0) {
		/* movaps (%eax), %xmm0, as bytes: built with -mno-sse */
		__asm__ volatile(".byte 0x0f, 0x28, 0x00" ::"a"(secret)
				 : "memory");
		write(fds[1], "x", 1);
		_exit(0);
	}
	close(fds[1]);
	if (pid < 0)
		return 3;
	if (read(fds[0], &c, 1) != 1 || waitpid(pid, &status, 0) != pid ||
	    status != 0)
		return 3;
	/* movaps %xmm0, (%eax) */
	__asm__ volatile(".byte 0x0f, 0x29, 0x00" ::"a"(got) : "memory");
	return memcmp(got, secret, sizeof(got)) == 0 ? 5 : 0;
}

/* ---- exec: no page or segment stops a program running its own data. */

static int p_from_stack(void)
{
	unsigned char code[16];

	memcpy(code, ret42, RET42_LEN);
	return call_code(code);
}

static int p_from_heap(void)
{
	unsigned char *code = sbrk(PAGE_SIZE);

	if (code == (void *)-1)
		return 3;
	memcpy(code, ret42, RET42_LEN);
	return call_code(code);
}

static int p_from_data(void)
{
	return call_code(data_code);
}

static int p_from_bss(void)
{
	memcpy(bss_code, ret42, RET42_LEN);
	return call_code(bss_code);
}

static int p_from_rodata(void)
{
	return call_code(ret42);
}

static int p_at_kernel(void)
{
	return call_at(KERNEL_ADDR);
}

static int p_at_unmapped(void)
{
	return call_at(UNMAPPED_ADDR);
}

static int p_past_break(void)
{
	return call_at((uint32_t)(uintptr_t)brk_end);
}

/* ---- int: int $N for every N, from 256 stubs of "int $N; ret". */

__asm__(".pushsection .text\n"
	"int_stubs:\n"
	".set vec, 0\n"
	".rept 256\n"
	".byte 0xcd, vec\n" /* int $vec, never the one-byte int3 */
	"ret\n"
	".set vec, vec + 1\n"
	".endr\n"
	".popsection\n");
extern const char int_stubs[];
#define INT_STUB_SIZE 3

static int run_int(const void *arg)
{
	int vec = (int)(uintptr_t)arg;
	void (*stub)(void) =
		(void (*)(void))(uintptr_t)(int_stubs + vec * INT_STUB_SIZE);

	stub();
	return 1;
}

static int run_priv(const void *arg)
{
	const struct prow *r = arg;

	return r->fn();
}

/* ---- The runner. */

/* Says which fast system-call instructions the CPU claims to have. */
static void print_cpu(void)
{
	uint32_t a, b, c, d, max;
	int sep, sys = 0;

	cpuid(0, &max, &b, &c, &d);
	cpuid(1, &a, &b, &c, &d);
	sep = (d >> 11) & 1;
	cpuid(0x80000000u, &max, &b, &c, &d);
	if (max >= 0x80000001u) {
		cpuid(0x80000001u, &a, &b, &c, &d);
		sys = (d >> 11) & 1;
	}
	printf("privileged: cpuid says sysenter %s, syscall %s\n",
	       sep ? "yes" : "no", sys ? "yes" : "no");
}

/* Checks every row without running any; returns the exit status. */
static int check_table(void)
{
	struct expect e;
	int n = 0, bad = 0;

	for (int i = 0; i < NROWS; i++) {
		const struct prow *r = &rows[i];

		if (parse_expect(r->expect, "paging", &e) < 0 ||
		    parse_expect(r->expect, "segment", &e) < 0 ||
		    (r->fn == NULL &&
		     (r->first < 0 || r->last > 255 || r->first > r->last))) {
			printf("FAIL: row %d (%s/%s): malformed\n", i, r->cat,
			       r->name ? r->name : "INTS");
			bad++;
		}
		n += r->fn ? 1 : r->last - r->first + 1;
	}
	if (bad)
		return 1;
	printf("privileged: table ok: %d cases\n", n);
	return 0;
}

/* Runs case number *k (counting every vector of a range) if selected. */
static void run_one(const struct robust_opts *o, const char *model,
		    const char *id, const char *expect, int (*fn)(const void *),
		    const void *arg, int *k)
{
	if (*k >= o->from && (o->only == NULL || strcmp(o->only, id) == 0))
		run_case(id, expect, model, fn, arg);
	(*k)++;
}

int main(int argc, char **argv)
{
	struct robust_opts o;
	const char *model;
	char id[80];
	int k = 0;

	if (robust_args(argc, argv, &o) < 0)
		return 2;
	model = robust_model();
	robust_errno_results = 0;
	printf("privileged: mm=%s\n", model);
	if (o.check)
		return check_table();
	print_cpu();
	brk_end = heap_edge();
	for (int i = 0; i < NROWS; i++) {
		const struct prow *r = &rows[i];
		if (r->fn) {
			snprintf(id, sizeof(id), "%s/%s", r->cat, r->name);
			run_one(&o, model, id, r->expect, run_priv, r, &k);
			continue;
		}
		for (int v = r->first; v <= r->last; v++) {
			snprintf(id, sizeof(id), "int/int_0x%02x", v);
			run_one(&o, model, id, r->expect, run_int,
				(const void *)(uintptr_t)v, &k);
		}
	}
	return robust_summary("privileged", model);
}
