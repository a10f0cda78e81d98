/*
 * The 16550 UART on COM1: polled output, and input for the console by
 * interrupt. Line discipline and echo belong to console.c.
 */
#include "defs.h"
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
#define LSR_RX_READY 0x01
#define LSR_TX_EMPTY 0x20
#define IER_RX	     0x01 /* interrupt on received data */
#define BAUD_DIVISOR 1	  /* 115200 baud */

static int serial_present;

/* Sets COM1 to 115200 8N1 with FIFOs; called first thing in kmain. */
void serial_init(void)
{
	outb(COM1 + UART_IER, 0);
	outb(COM1 + UART_LCR, LCR_DLAB);
	outb(COM1 + UART_DLL, BAUD_DIVISOR);
	outb(COM1 + UART_DLM, 0);
	outb(COM1 + UART_LCR, LCR_8N1);
	outb(COM1 + UART_FCR, 0x07); /* enable and clear both FIFOs */
	outb(COM1 + UART_MCR, MCR_DTR_RTS | MCR_OUT2);
	/* A missing UART reads as all ones. */
	serial_present = inb(COM1 + UART_LSR) != 0xff;
	if (serial_present)
		outb(COM1 + UART_IER, IER_RX);
}

/* Writes one byte, waiting (bounded) for the transmitter. */
void serial_putc(int c)
{
	int i;

	if (!serial_present)
		return;
	for (i = 0; i < 100000 && !(inb(COM1 + UART_LSR) & LSR_TX_EMPTY); i++)
		;
	outb(COM1 + UART_DATA, (uint8_t)c);
}

/* Returns the next received byte, or -1 if none is waiting. */
int serial_getc(void)
{
	if (!serial_present || !(inb(COM1 + UART_LSR) & LSR_RX_READY))
		return -1;
	return inb(COM1 + UART_DATA);
}

/* The receive interrupt: hands every waiting byte to the console. */
static void serial_intr(struct trapframe *tf)
{
	int c;

	(void)tf;
	while ((c = serial_getc()) >= 0)
		console_input(c);
}

/* Takes COM1's interrupt (the UART raises it for received bytes). */
void serial_intr_init(void)
{
	irq_register(IRQ_COM1, serial_intr, "com1");
}
