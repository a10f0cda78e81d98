/*
 * The two cascaded 8259A interrupt controllers: remapping to vectors
 * T_IRQ0..T_IRQ0+15, masking, end-of-interrupt and spurious IRQs 7 and 15.
 * Which device sits on which line is the drivers' business.
 */
#include "defs.h"
#include "traps.h"
#include "x86.h"

#define PIC1_CMD      0x20
#define PIC1_DATA     0x21
#define PIC2_CMD      0xa0
#define PIC2_DATA     0xa1
#define ICW1_INIT     0x11 /* edge triggered, cascade, ICW4 follows */
#define ICW4_8086     0x01 /* 8086 mode, normal EOI */
#define OCW2_EOI      0x20 /* non-specific end of interrupt */
#define OCW3_READ_ISR 0x0b /* next read of the command port returns ISR */

static uint16_t mask = 0xffff & ~(1 << IRQ_CASCADE);
static uint32_t nspurious[2]; /* spurious IRQ 7s and IRQ 15s */

static void pic_write_mask(void)
{
	outb(PIC1_DATA, mask & 0xff);
	outb(PIC2_DATA, mask >> 8);
}

/* Remaps both PICs and masks every line except the cascade. */
void pic_init(void)
{
	outb(PIC1_CMD, ICW1_INIT);
	outb(PIC2_CMD, ICW1_INIT);
	outb(PIC1_DATA, T_IRQ0);	   /* ICW2: master vector base */
	outb(PIC2_DATA, T_IRQ0 + 8);	   /* ICW2: slave vector base */
	outb(PIC1_DATA, 1 << IRQ_CASCADE); /* ICW3: slave on line 2 */
	outb(PIC2_DATA, IRQ_CASCADE);	   /* ICW3: slave's cascade identity */
	outb(PIC1_DATA, ICW4_8086);
	outb(PIC2_DATA, ICW4_8086);
	pic_write_mask();
}

/* Unmasks one line. */
void pic_enable(int irq)
{
	intr_push();
	mask &= ~(1 << irq);
	pic_write_mask();
	intr_pop();
}

/* Acknowledges irq: the slave too for lines 8-15. */
void pic_eoi(int irq)
{
	if (irq >= 8)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}

static uint8_t read_isr(uint16_t cmd)
{
	outb(cmd, OCW3_READ_ISR);
	return inb(cmd);
}

/*
 * Returns nonzero if irq is a spurious 7 or 15 (its in-service bit is not
 * set). A spurious 15 still needs an EOI to the master, which sent it on.
 */
int pic_is_spurious(int irq)
{
	if (irq == IRQ_SPURIOUS_MASTER && !(read_isr(PIC1_CMD) & 0x80)) {
		nspurious[0]++;
		return 1;
	}
	if (irq == IRQ_SPURIOUS_SLAVE && !(read_isr(PIC2_CMD) & 0x80)) {
		nspurious[1]++;
		outb(PIC1_CMD, OCW2_EOI);
		return 1;
	}
	return 0;
}

/* Returns how many of irq's interrupts were spurious (only 7 and 15 can be). */
uint32_t pic_spurious(int irq)
{
	if (irq == IRQ_SPURIOUS_MASTER)
		return nspurious[0];
	if (irq == IRQ_SPURIOUS_SLAVE)
		return nspurious[1];
	return 0;
}
