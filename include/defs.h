/*
 * Prototypes of the kernel's modules, one block per file. Included by
 * kernel code only; user programs see include/ headers through libc.
 */
#ifndef DEFS_H
#define DEFS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct trapframe;
struct proc;
struct execargs;
struct mb_info;
struct tss;

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* serial.c */
void serial_init(void);
int serial_write(int c, int may_sleep);
void serial_flush(void);
int serial_getc(void);
void serial_intr_init(void);

/* vga.c */
void vga_init(void);
void vga_putc(int c);

/* console.c */
void console_putc(int c);
void console_write(const char *s, size_t n);

/* printf.c */
int kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int kvprintf(const char *fmt, va_list ap);
int ksnprintf(char *buf, size_t n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int kvsnprintf(char *buf, size_t n, const char *fmt, va_list ap);

/* string.c */
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strncpy_safe(char *d, const char *s, size_t n);

/* cmdline.c */
void cmdline_parse(const char *line);
const char *cmdline_get(const char *key);
int cmdline_has(const char *key);
int cmdline_has_word(const char *key, const char *word);
long cmdline_int(const char *key, long dflt);

/* panic.c */
void panic(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));
void panic_trap(struct trapframe *tf) __attribute__((noreturn));
void backtrace_from(uint32_t ebp, int first);
const char *ksym_lookup(uint32_t addr, uint32_t *off);
void trap_describe_error(struct trapframe *tf, char *buf, size_t n);
void pf_describe(uint32_t err, char *buf, size_t n);

/* signame.c (also in the user C library) */
const char *signame(int sig);

/* errname.c (also in the user C library) */
const char *errno_name(int err);
const char *errno_message(int err);

/* power.c */
#define EXIT_OK	   0 /* QEMU exits with status 1 */
#define EXIT_PANIC 1 /* QEMU exits with status 3 */
void power_off(int code) __attribute__((noreturn));

/* intr.c: nesting-safe interrupt disabling, and how long it lasts. */
struct intr_state {
	int depth;	 /* intr_push calls not yet popped */
	int was_enabled; /* IF at the outermost push */
};
void intr_push(void);
void intr_pop(void);
extern int intr_depth;	     /* intr_push calls not yet popped */
extern int intr_was_enabled; /* IF at the outermost push */
int intr_enabled(void);
void intr_enable(void);
void intr_disable(void);

/*
 * Takes the push state away from the running kernel stack (sched, before
 * a switch); interrupts must be off. The next stack finds its own.
 */
static inline struct intr_state intr_save(void)
{
	struct intr_state s = {intr_depth, intr_was_enabled};

	intr_depth = intr_was_enabled = 0;
	return s;
}

/* Gives a kernel stack its push state back (sched, after the switch). */
static inline void intr_restore(struct intr_state s)
{
	intr_depth = s.depth;
	intr_was_enabled = s.was_enabled;
}
void intr_off_begin(uint32_t from);
void intr_off_end(void);
uint64_t intr_off_longest(uint32_t *from, int reset);

/* defer.c: work a bottom half leaves for later, with interrupts on. */
struct deferred {
	void (*fn)(void);
	const char *name;
	int pending;	       /* queued, not yet run */
	struct deferred *next; /* in the queue */
};
void defer_schedule(struct deferred *d);
void defer_run(void);
extern int defer_active; /* defer_run is draining (read only) */

/* Returns nonzero while deferred work runs: it must not sleep. */
static inline int defer_running(void)
{
	return defer_active;
}
uint32_t defer_count(void);

/* entry.S, main.c: the time-stamp counter at the kernel's first
 * instruction and when init was ready to run (intrstat reports both). */
extern uint64_t boot_tsc_entry;
extern uint64_t boot_tsc_ready;

/* gdt.c */
void gdt_init(void);
void gdt_set(int slot, uint32_t base, uint32_t limit, uint8_t access);
void gdt_set_tss(int slot, struct tss *t);
void tss_set_esp0(uint32_t esp0);
struct tss *tss_current(void);

/* idt.c */
void idt_init(void);
int idt_gate_dpl(int vec);
int idt_gate_present(int vec);
void idt_set_task_gate(int vec, uint16_t sel);
void idt_open_bench_gate(void);

/* kstack.c */
void kstack_init(void);
uint8_t *kstack_alloc(int slot);
void kstack_free(uint8_t *kstack);
int kstack_guard_slot(uint32_t addr);

/* trap.c */
typedef void (*trap_handler_t)(struct trapframe *tf);
/* alltraps calls these two with the frame's address in eax. */
#define TRAP_ENTRY __attribute__((regparm(1)))
void trap(struct trapframe *tf) TRAP_ENTRY;
void syscall_trap(struct trapframe *tf) TRAP_ENTRY;
void trap_register(int vec, trap_handler_t fn, const char *name);
void irq_register(int irq, trap_handler_t fn, const char *name);
const char *trap_name(int vec);
const char *trap_mnemonic(int vec);
uint32_t trap_count(int vec);
extern int trap_irq_depth; /* IRQ handlers running (read only) */

/* Returns nonzero while an IRQ handler runs: it must not sleep. */
static inline int trap_in_irq(void)
{
	return trap_irq_depth > 0;
}
int trap_max_nesting(int reset);
void trap_init_double_fault(void);
void trap_return_user(struct trapframe *tf, struct proc *p);
extern int trap_nesting; /* trap frames on the running kernel stack */
void trapframe_check(struct trapframe *tf);

/* fpu.c: each process's x87 and SSE registers, switched lazily */
void fpu_init(void);
void fpu_switch(struct proc *p);
void fpu_fork(struct proc *child, struct proc *parent);
void fpu_exec(struct proc *p);
void fpu_exit(struct proc *p);
int fpu_in_use(struct proc *p);
int fpu_fault_code(struct proc *p, int vec);
int fpu_sig_save(struct proc *p, uint32_t uaddr);
int fpu_sig_restore(struct proc *p, uint32_t uaddr);

/* pic.c */
void pic_init(void);
void pic_enable(int irq);
void pic_eoi(int irq);
int pic_is_spurious(int irq);
uint32_t pic_spurious(int irq);

/* pit.c */
void pit_init(uint32_t hz);

/* watchdog.c */
void watchdog_init(void);

/* timer.c */
extern volatile uint32_t ticks;
extern uint32_t timer_hz;
void timer_init(void);
int timer_clock(int clk, uint32_t *sec, uint32_t *nsec);

/* pci.c */
uint32_t pci_read(int dev, int fn, int reg);
void pci_write(int dev, int fn, int reg, uint32_t v);
int pci_find_class(int class, int sub, int *dev, int *fn);

/* ide.c, bio.c: the disk and its buffer cache (struct buf in buf.h) */
struct buf;
void ide_init(void);
int ide_rw(struct buf *b);
int ide_flush(void);
uint32_t ide_nsectors(void);
uint32_t ide_nintr(void);
void bio_init(void);
struct buf *bread(uint32_t dev, uint32_t blockno, uint32_t size);
struct buf *bzero_get(uint32_t dev, uint32_t blockno, uint32_t size);
int bwrite(struct buf *b);
void brelse(struct buf *b);
void bio_stats(uint32_t *hits, uint32_t *misses);

/* rtc.c */
int rtc_seconds(void);
uint32_t rtc_unix_time(void);

/* mem.c: the physical memory map. */
void mem_init(struct mb_info *mbi);
extern uint32_t mem_top; /* end of usable RAM we manage (physical) */

/* kalloc.c */
void kalloc_init(void);
void kalloc_add_range(uint32_t start, uint32_t end);
void *kalloc(void);
void *kalloc_nozero(void);
void *kalloc_high(void);
int kalloc_reserve(uint32_t n);
void kalloc_unreserve(uint32_t n);
void *kalloc_reserved(void);
void kfree(void *va);
void kref_inc(void *va);
int kref_shared(void *va);
uint32_t kalloc_nfree(void);
uint32_t kalloc_nreserved(void);
uint32_t kalloc_ntotal(void);
void *kalloc_contig(uint32_t n, uint32_t min_pa, int zero);
int kalloc_take(uint32_t pa, uint32_t n);
uint32_t kalloc_largest_run(void);
void kfree_pages(void *va, uint32_t n);

/* proc.c */
struct proc *proc_alloc(void);
void proc_set_name(struct proc *p, const char *path);
void proc_start_init(const struct execargs *ea);
uint32_t proc_nsyscalls(void);
int proc_fork(void);
void proc_exit(int xstatus) __attribute__((noreturn));
int proc_wait(int pid, int *status, int options);
int proc_kill(int pid, int sig);
void proc_signal_group(int pgid, int sig);
struct proc *proc_find(int pid);
int proc_group_exists(int pgid);
int proc_nfree(void);

/* sched.c */
void scheduler(void) __attribute__((noreturn));
void sched(void);
void proc_ready(struct proc *p);
void yield(void);
void sleep(void *chan);
void wakeup(void *chan);
void proc_tick(int user);
int proc_preempt_point(void);
void proc_yield_point(void);

/* signal.c */
struct ksiginfo;
void sig_post(struct proc *p, int sig, const struct ksiginfo *info);
void sig_send(struct proc *p, int sig);
int sig_fault(struct proc *p, int sig, int code, uint32_t addr);
void sig_deliver(struct trapframe *tf);
void sig_fork(struct proc *child, struct proc *parent);
void sig_exec(struct proc *p);
void sig_init(struct proc *p);
void sig_timers_tick(void);
void sig_user_tick(struct proc *p);
int trap_user_selector_ok(uint16_t sel);
void proc_stopped(void);

/* trace.c: the system-call tracer */
void trace_enter(struct proc *p, uint32_t num, const uint32_t *args);
void trace_exit(struct proc *p, int result);
void trace_signal(struct proc *p, int sig);
void trace_end(struct proc *p, int xstatus);
void trace_fork(struct proc *child, struct proc *parent);
void trace_exec(struct proc *p, const char *path);

/* elf.c (exec.c and execargs.c: exec.h) */
const char *elf_check(const uint8_t *data, uint32_t size, uint32_t limit);

/* console.c, kbd.c */
void console_input(int c);
void kbd_init(void);

/* selftest.c */
void selftest_run(const char *names);

#endif
