/*
 * Kernel self-tests, chosen with selftest=NAME[,NAME...] on the command
 * line. Each prints "selftest NAME: ok" or "selftest NAME: FAILED ...";
 * the fault tests end in a panic on purpose, for the harness to read.
 */
#include "buf.h"
#include "defs.h"
#include "file.h"
#include "memlayout.h"
#include "mmu.h"
#include "proc.h"
#include "trapframe.h"
#include "traps.h"
#include "x86.h"

#define SELFTEST_PF_ADDR  0x0badc0deu /* never mapped in the kernel */
#define SELFTEST_BAD_SEL  0x63	      /* GDT index 12: past the GDT's end */
#define TIMER_SECONDS	  2
#define SELFTEST_NEST_VEC 0x41 /* a vector nothing else uses */

static int failures;

void call_on_stack(void (*fn)(void), void *top); /* swtch.S */

static void fail(const char *name, const char *why)
{
	kprintf("selftest %s: FAILED: %s\n", name, why);
	failures++;
}

static void test_idt(void)
{
	int bad = 0;

	for (int v = 0; v < NVECTORS; v++) {
		int want = v == T_SYSCALL ? 3 : 0;
		if (!idt_gate_present(v) || idt_gate_dpl(v) != want) {
			kprintf("selftest idt: vector %d present=%d dpl=%d\n",
				v, idt_gate_present(v), idt_gate_dpl(v));
			bad++;
		}
	}
	if (bad)
		fail("idt", "gates with the wrong DPL");
	else
		kprintf("selftest idt: ok (256 gates present, DPL 3 only on "
			"vector 0x%x)\n",
			T_SYSCALL);
}

/* Takes every free frame, checks each is zeroed, then gives all back. */
static void test_kalloc(void)
{
	uint32_t before = kalloc_nfree(), n = 0, after;
	void *head = NULL, *p;

	while ((p = kalloc()) != NULL) {
		uint32_t *w = p;
		for (int i = 0; i < PGSIZE / 4; i += 97)
			if (w[i] != 0) {
				fail("kalloc", "a frame was not zeroed");
				break;
			}
		*(void **)p = head;
		head = p;
		n++;
	}
	if (kalloc_nfree() != 0)
		fail("kalloc", "kalloc returned NULL with frames free");
	while (head) {
		p = head;
		head = *(void **)p;
		kfree(p);
	}
	after = kalloc_nfree();
	kprintf("selftest kalloc: free frames before %u, allocated %u, after "
		"%u\n",
		before, n, after);
	if (n != before || after != before)
		fail("kalloc", "free-frame count changed");
	else
		kprintf("selftest kalloc: ok\n");
}

/* Counts PIT ticks over whole RTC seconds; run under -icount to be exact. */
static void test_timer(void)
{
	uint32_t t0, t1, want = TIMER_SECONDS * timer_hz;
	int s;

	sti();
	s = rtc_seconds();
	while (rtc_seconds() == s)
		hlt();
	s = rtc_seconds();
	t0 = ticks;
	for (int i = 0; i < TIMER_SECONDS; i++) {
		while (rtc_seconds() == s)
			hlt();
		s = rtc_seconds();
	}
	t1 = ticks;
	cli();
	kprintf("selftest timer: %u ticks in %d RTC seconds at hz=%u\n",
		t1 - t0, TIMER_SECONDS, timer_hz);
	if (t1 - t0 + 1 < want || t1 - t0 > want + 1)
		fail("timer", "tick rate does not match hz");
	else
		kprintf("selftest timer: ok\n");
}

static void test_intr(void)
{
	int ok;

	sti();
	intr_push();
	intr_push();
	intr_pop();
	ok = !intr_enabled();
	intr_pop();
	ok = ok && intr_enabled();
	cli();
	intr_push();
	intr_pop();
	ok = ok && !intr_enabled();
	if (ok)
		kprintf("selftest intr: ok\n");
	else
		fail("intr", "intr_push/intr_pop did not nest");
}

static void check_fmt(const char *want, const char *got)
{
	if (strcmp(want, got) != 0) {
		kprintf("selftest printf: want '%s' got '%s'\n", want, got);
		failures++;
	}
}

static void test_printf(void)
{
	char b[64];
	int before = failures;

	ksnprintf(b, sizeof(b), "%d %i %u", -42, 7, 4000000000u);
	check_fmt("-42 7 4000000000", b);
	ksnprintf(b, sizeof(b), "%x %X %08x %p", 0xbeef, 0xbeef, 0x1f,
		  (void *)0x10);
	check_fmt("beef BEEF 0000001f 0x00000010", b);
	ksnprintf(b, sizeof(b), "[%5d][%-5d][%05d][%ld]", 42, 42, -42, 123456L);
	check_fmt("[   42][42   ][-0042][123456]", b);
	ksnprintf(b, sizeof(b), "%s|%c|%%|%.2s|%4s", "str", 'x', "abc", "ab");
	check_fmt("str|x|%|ab|  ab", b);
	ksnprintf(b, sizeof(b), "%d", (int)0x80000000);
	check_fmt("-2147483648", b);
	if (ksnprintf(b, 4, "%s", "truncated") != 9 || strcmp(b, "tru") != 0)
		fail("printf", "snprintf truncation");
	if (failures == before)
		kprintf("selftest printf: ok\n");
}

static void test_pf(void)
{
	kprintf("selftest pf: writing to 0x%08x\n", SELFTEST_PF_ADDR);
	*(volatile uint32_t *)SELFTEST_PF_ADDR = 1;
	fail("pf", "the write did not fault");
}

static void test_gp(void)
{
	kprintf("selftest gp: loading selector 0x%x into fs\n",
		SELFTEST_BAD_SEL);
	load_fs(SELFTEST_BAD_SEL);
	fail("gp", "the load did not fault");
}

static void test_de(void)
{
	volatile int zero = 0, n = 42;

	kprintf("selftest de: dividing by zero\n");
	kprintf("%d\n", n / zero);
	fail("de", "no divide error");
}

static void test_ud(void)
{
	kprintf("selftest ud: executing ud2\n");
	__builtin_trap();
}

static volatile int overflow_limit = 1 << 30; /* never reached */

/* Recurses deeply; each frame holds a buffer the compiler must keep. */
static int overflow(int depth)
{
	volatile char buf[256];

	buf[0] = (char)depth;
	if (depth >= overflow_limit)
		return 0;
	return overflow(depth + 1) + buf[0];
}

static void overflow_start(void)
{
	overflow(0);
}

/* Overflows a guarded kernel stack: the double-fault task must report it. */
static void test_kstack(void)
{
	uint8_t *stack = kstack_alloc(NPROC);

	if (stack == NULL) {
		fail("kstack", "no memory for a stack");
		return;
	}
	kprintf("selftest kstack: overflowing the kernel stack at 0x%08x\n",
		(uint32_t)stack);
	call_on_stack(overflow_start, stack + KSTACK_SIZE);
	fail("kstack", "the overflow went unnoticed");
}

/*
 * Pipes across the 2^32 wrap of their byte counters: a pipe starts as if
 * almost 4 GiB had already gone through, and full loads cross the wrap.
 * Indexing the ring by counter % PIPESIZE when PIPESIZE did not divide
 * 2^32 (it was 4000) made the write position jump there and overwrite
 * unread bytes; now the ring's index is the counter's low bits, and the
 * loads also cross the ring's own end.
 */
static void test_pipe(void)
{
	static char out[PIPESIZE], in[PIPESIZE];
	struct file *rf, *wf;
	int bad = 0;

	if (pipe_alloc(&rf, &wf) < 0) {
		fail("pipe", "no pipe");
		return;
	}
	pipe_test_set_counters(wf->pipe, 0u - 1000);
	for (int round = 0; round < 4; round++) {
		for (int i = 0; i < PIPESIZE; i++)
			out[i] = (char)(i * 7 + round);
		if (pipe_write(wf->pipe, 0, (uint32_t)out, PIPESIZE, 0) !=
			    PIPESIZE ||
		    pipe_read(rf->pipe, 0, (uint32_t)in, PIPESIZE, 0) !=
			    PIPESIZE)
			bad = -1;
		for (int i = 0; i < PIPESIZE; i++)
			bad += in[i] != out[i];
	}
	file_close(rf);
	file_close(wf);
	if (bad)
		fail("pipe", "bytes corrupted across the counter wrap");
	else
		kprintf("selftest pipe: ok (4 full loads across the byte "
			"counters' wrap at 2^32)\n");
}

static volatile uint32_t nest_seen; /* trap nesting seen by the tick */

static void nest_timer_probe(void)
{
	nest_seen = (uint32_t)trap_max_nesting(0);
}

/*
 * A handler that runs with interrupts enabled, as a system call does:
 * it waits for the next timer tick, which must be taken at once and nest
 * on the same stack (trap depth 2).
 */
static void nest_handler(struct trapframe *tf)
{
	uint32_t t = ticks;

	(void)tf;
	intr_enable();
	while (ticks == t)
		;
	intr_disable();
	nest_timer_probe();
}

static void test_nest(void)
{
	trap_register(SELFTEST_NEST_VEC, nest_handler, "selftest nest");
	trap_max_nesting(1);
	__asm__ volatile("int %0" : : "i"(SELFTEST_NEST_VEC));
	if (nest_seen < 2)
		fail("nest", "the timer tick did not nest inside the trap");
	else
		kprintf("selftest nest: ok (a timer tick inside int 0x%x: "
			"nesting depth %u)\n",
			SELFTEST_NEST_VEC, nest_seen);
	trap_register(SELFTEST_NEST_VEC, NULL, NULL);
}

/*
 * The disk, for tests/test_ide.py: the test's image holds, in every
 * 32-bit word, that word's index from the start of the disk. Reads the
 * first IDE_TEST_READ blocks through the buffer cache and checks them;
 * writes the complement of the pattern over IDE_TEST_WRITE blocks after
 * those (the test reads the image back on the host); checks that a block
 * past the end fails with an error, not a panic.
 */
#define IDE_TEST_BLOCK 4096
#define IDE_TEST_READ  64
#define IDE_TEST_WRITE 8

static int ide_check_block(struct buf *b, uint32_t blockno, int flipped)
{
	uint32_t *w = (uint32_t *)b->data;
	uint32_t first = blockno * (IDE_TEST_BLOCK / 4);

	for (uint32_t i = 0; i < IDE_TEST_BLOCK / 4; i++)
		if (w[i] != (flipped ? ~(first + i) : first + i))
			return -1;
	return 0;
}

static void test_ide(void)
{
	uint32_t n = ide_nsectors() / (IDE_TEST_BLOCK / SECTOR_SIZE);
	uint32_t hits, misses;
	int failed_before = failures;
	struct buf *b;

	if (n < IDE_TEST_READ + IDE_TEST_WRITE) {
		fail("ide", "no disk, or one too small for the test");
		return;
	}
	sti(); /* the disk interrupts (intr, dma); ide_rw waits in hlt */
	for (uint32_t i = 0; i < IDE_TEST_READ; i++) {
		if ((b = bread(0, i, IDE_TEST_BLOCK)) == NULL) {
			fail("ide", "a read failed");
			goto out;
		}
		if (ide_check_block(b, i, 0) < 0) {
			kprintf("selftest ide: block %u holds the wrong data\n",
				i);
			fail("ide", "wrong data read");
		}
		brelse(b);
	}
	for (uint32_t i = IDE_TEST_READ; i < IDE_TEST_READ + IDE_TEST_WRITE;
	     i++) {
		uint32_t *w;

		if ((b = bread(0, i, IDE_TEST_BLOCK)) == NULL) {
			fail("ide", "a read before a write failed");
			goto out;
		}
		w = (uint32_t *)b->data;
		for (uint32_t k = 0; k < IDE_TEST_BLOCK / 4; k++)
			w[k] = ~w[k];
		if (bwrite(b) < 0)
			fail("ide", "a write failed");
		brelse(b);
	}
	/* Read again: from the cache, and still the written data. */
	b = bread(0, IDE_TEST_READ, IDE_TEST_BLOCK);
	if (b == NULL || ide_check_block(b, IDE_TEST_READ, 1) < 0)
		fail("ide", "the cache lost a written block");
	if (b)
		brelse(b);
	if (ide_flush() < 0)
		fail("ide", "FLUSH CACHE failed");
	if ((b = bread(0, n, IDE_TEST_BLOCK)) != NULL) {
		brelse(b);
		fail("ide", "a block past the end of the disk was read");
	}
	bio_stats(&hits, &misses);
	if (failures == failed_before)
		kprintf("selftest ide: ok (%u blocks read, %u written; cache %u "
			"hits, %u misses; %u disk interrupts)\n",
			IDE_TEST_READ, IDE_TEST_WRITE, hits, misses,
			ide_nintr());
out:
	cli();
}

static void test_panic(void)
{
	panic("selftest: deliberate panic");
}

static const struct {
	const char *name;
	void (*fn)(void);
} tests[] = {
	{"idt", test_idt},     {"kalloc", test_kalloc}, {"timer", test_timer},
	{"intr", test_intr},   {"printf", test_printf}, {"pf", test_pf},
	{"gp", test_gp},       {"de", test_de},		{"ud", test_ud},
	{"panic", test_panic}, {"kstack", test_kstack}, {"pipe", test_pipe},
	{"nest", test_nest},   {"ide", test_ide},
};

static void run_one(const char *name, size_t len)
{
	for (size_t i = 0; i < NELEM(tests); i++)
		if (strlen(tests[i].name) == len &&
		    strncmp(tests[i].name, name, len) == 0) {
			tests[i].fn();
			return;
		}
	kprintf("selftest %.*s: no such test\n", (int)len, name);
	failures++;
}

/* Runs the comma-separated tests in names (or "all" safe ones), then stops. */
void selftest_run(const char *names)
{
	const char *p = names, *q;

	if (strcmp(names, "all") == 0)
		names = p = "idt,intr,printf,kalloc,timer,pipe,nest";
	for (; *p; p = *q ? q + 1 : q) {
		for (q = p; *q && *q != ','; q++)
			;
		run_one(p, (size_t)(q - p));
	}
	kprintf("selftest: %s (%d failed)\n",
		failures ? "FAILED" : "all passed", failures);
	power_off(failures ? EXIT_PANIC : EXIT_OK);
}
