/*
 * The 16550 UART on COM1: the console's serial line. Output goes either
 * straight to the chip, waiting for it byte by byte (console=poll), or
 * into a queue that the transmitter-empty interrupt drains (console=intr,
 * the default), so that a writer sleeps while the line is busy instead
 * of spinning. Input arrives by interrupt. Line discipline and echo
 * belong to console.c.
 *
 * Bottom halves (masked): serial_intr moves received bytes into a ring
 * and queued bytes into the chip. Top halves (deferred, interrupts on):
 * rx_work hands the received bytes to the console; tx_work wakes writers
 * waiting for room in the queue.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "proc.h"
#include "ring.h"
#include "traps.h"
#include "x86.h"

#define COM1	     0x3f8
#define UART_DATA    0	  /* receive/transmit buffer (DLAB=0) */
#define UART_IER     1	  /* interrupt enable (DLAB=0) */
#define UART_DLL     0	  /* divisor low (DLAB=1) */
#define UART_DLM     1	  /* divisor high (DLAB=1) */
#define UART_FCR     2	  /* FIFO control */
#define UART_LCR     3	  /* line control */
#define UART_MCR     4	  /* modem control */
#define UART_LSR     5	  /* line status */
#define LCR_DLAB     0x80 /* divisor latch access */
#define LCR_8N1	     0x03 /* 8 data bits, no parity, one stop bit */
#define MCR_DTR_RTS  0x03 /* data terminal ready, request to send */
#define MCR_OUT2     0x08 /* gates the UART interrupt to the PIC */
#define FCR_ENABLE   0x07 /* enable and clear both FIFOs */
#define LSR_RX_READY 0x01
#define LSR_TX_EMPTY 0x20   /* transmit FIFO empty: room for TX_FIFO bytes */
#define IER_RX	     0x01   /* interrupt on received data */
#define IER_TX	     0x02   /* interrupt when the transmit FIFO empties */
#define BAUD_DIVISOR 1	    /* 115200 baud */
#define TX_FIFO	     16	    /* bytes the 16550's transmit FIFO holds */
#define TX_SPIN	     100000 /* polls of LSR before giving a byte up */
#define TXBUF	     1024   /* bytes of queued output (a power of two) */

static int serial_present;
static int tx_by_intr; /* console=intr: the queue is drained by interrupt */

static struct {
	char buf[TXBUF];
	uint32_t r; /* bytes sent to the chip, ever */
	uint32_t w; /* bytes queued, ever */
} tx;
static struct ring rx;

static void rx_work(void);
static void tx_work(void);
static struct deferred rx_deferred = {rx_work, "com1 input", 0, NULL};
static struct deferred tx_deferred = {tx_work, "com1 output", 0, NULL};

/* Sets COM1 to 115200 8N1 with FIFOs; called first thing in kmain. */
void serial_init(void)
{
	outb(COM1 + UART_IER, 0);
	outb(COM1 + UART_LCR, LCR_DLAB);
	outb(COM1 + UART_DLL, BAUD_DIVISOR);
	outb(COM1 + UART_DLM, 0);
	outb(COM1 + UART_LCR, LCR_8N1);
	outb(COM1 + UART_FCR, FCR_ENABLE);
	outb(COM1 + UART_MCR, MCR_DTR_RTS | MCR_OUT2);
	/* A missing UART reads as all ones. */
	serial_present = inb(COM1 + UART_LSR) != 0xff;
}

/* Waits (bounded) until the transmit FIFO is empty; 0 if it never was. */
static int tx_wait_empty(void)
{
	for (int i = 0; i < TX_SPIN; i++)
		if (inb(COM1 + UART_LSR) & LSR_TX_EMPTY)
			return 1;
	return 0;
}

/* Writes one byte to the chip, waiting for room: the polling driver. */
static void tx_poll(int c)
{
	tx_wait_empty();
	outb(COM1 + UART_DATA, (uint8_t)c);
}

/*
 * Moves queued bytes into the chip while its FIFO has room, and asks for
 * the transmitter-empty interrupt while bytes remain. Interrupts off.
 */
static void tx_fill(void)
{
	if (inb(COM1 + UART_LSR) & LSR_TX_EMPTY)
		for (int k = 0; k < TX_FIFO && tx.r != tx.w; k++)
			outb(COM1 + UART_DATA, tx.buf[tx.r++ % TXBUF]);
	outb(COM1 + UART_IER, IER_RX | (tx.r != tx.w ? IER_TX : 0));
}

/*
 * Queues c for output. With may_sleep, a full queue puts the caller to
 * sleep until the interrupt makes room (-EINTR if it is killed meanwhile);
 * without it (kernel messages, echo, handlers), the oldest queued byte is
 * pushed out by polling, so order is kept and nothing waits forever.
 */
static int tx_queue(int c, int may_sleep)
{
	intr_push();
	while (tx.w - tx.r == TXBUF) {
		if (may_sleep && curproc && !proc_interrupted()) {
			sleep(&tx);
			continue;
		}
		if (may_sleep) {
			intr_pop();
			return -EINTR;
		}
		tx_poll(tx.buf[tx.r++ % TXBUF]);
	}
	tx.buf[tx.w++ % TXBUF] = (char)c;
	tx_fill();
	intr_pop();
	return 0;
}

/*
 * Writes one byte to the serial line: straight to the chip under polling,
 * else through the queue. may_sleep: the caller is a process that may
 * wait for room. Returns 0, or -EINTR if the process was killed waiting.
 */
int serial_write(int c, int may_sleep)
{
	if (!serial_present)
		return 0;
	if (tx_by_intr)
		return tx_queue(c, may_sleep);
	intr_push();
	tx_poll(c);
	intr_pop();
	return 0;
}

/* Sends everything queued, by polling (before a panic or power-off). */
void serial_flush(void)
{
	if (!serial_present)
		return;
	intr_push();
	while (tx.r != tx.w)
		tx_poll(tx.buf[tx.r++ % TXBUF]);
	tx_wait_empty();
	intr_pop();
}

/* Returns the next received byte, or -1 if none is waiting. */
int serial_getc(void)
{
	if (!serial_present || !(inb(COM1 + UART_LSR) & LSR_RX_READY))
		return -1;
	return inb(COM1 + UART_DATA);
}

/*
 * The bottom half, with interrupts masked: takes the received bytes into
 * the ring and refills the transmit FIFO; the rest is deferred.
 */
static void serial_intr(struct trapframe *tf)
{
	uint32_t queued = tx.w - tx.r;
	int c, got = 0;

	(void)tf;
	while ((c = serial_getc()) >= 0) {
		ring_put(&rx, (uint8_t)c);
		got = 1;
	}
	if (got)
		defer_schedule(&rx_deferred);
	if (tx_by_intr) {
		tx_fill();
		if (tx.w - tx.r < queued)
			defer_schedule(&tx_deferred);
	}
}

/* Top half: hands the received bytes to the console's line editor. */
static void rx_work(void)
{
	int c;

	while ((c = ring_get(&rx)) >= 0)
		console_input(c);
}

/* Top half: wakes the writers waiting for room in the queue. */
static void tx_work(void)
{
	wakeup(&tx);
}

/*
 * Takes COM1's interrupt and picks the output driver from console=
 * (intr, the default, or poll). Before this, output is polled.
 */
void serial_intr_init(void)
{
	const char *mode = cmdline_get("console");

	if (mode && strcmp(mode, "poll") != 0 && strcmp(mode, "intr") != 0)
		kprintf("serial: unknown console=%s, using intr\n", mode);
	tx_by_intr = !(mode && strcmp(mode, "poll") == 0);
	irq_register(IRQ_COM1, serial_intr, "com1");
	if (serial_present)
		outb(COM1 + UART_IER, IER_RX);
	kprintf("serial: output by %s\n", tx_by_intr ? "interrupt" : "polling");
}
