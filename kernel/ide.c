/*
 * The ATA (IDE) disk driver for the primary channel's master drive, in the
 * seeds' three ways of talking to a device, chosen with ide= at boot:
 *
 *   poll  the CPU issues the command, then waits in a loop on the status
 *         register and moves every word itself (PIO): nothing else runs.
 *   intr  the CPU issues the command and the process sleeps; the drive
 *         interrupts when a sector is ready (or written), and the handler
 *         moves the words (PIO) and starts the next request in the queue.
 *   dma   the CPU hands the controller a table of physical region
 *         descriptors (the seeds' buffer descriptors) and sleeps; the
 *         controller moves the whole block into memory by itself and
 *         interrupts once, at the end.
 *
 * Requests are struct bufs, queued in arrival order; the head is the one
 * in flight. bio.c, the buffer cache, is the only caller of ide_rw. The
 * queue and the registers are shared with the handler: they are touched
 * with interrupts masked.
 */
#include "buf.h"
#include "defs.h"
#include "kestrel/errno.h"
#include "memlayout.h"
#include "proc.h"
#include "traps.h"
#include "x86.h"

/* The primary channel's command block and control registers. */
#define ATA_DATA    0x1f0
#define ATA_ERROR   0x1f1
#define ATA_COUNT   0x1f2
#define ATA_LBA0    0x1f3
#define ATA_LBA1    0x1f4
#define ATA_LBA2    0x1f5
#define ATA_DRIVE   0x1f6 /* 0xe0 | LBA bits 24-27: LBA mode, master */
#define ATA_STATUS  0x1f7 /* read: status (acknowledges the interrupt) */
#define ATA_COMMAND 0x1f7 /* write: command */
#define ATA_CONTROL 0x3f6 /* write: device control; read: alt status */

#define ATA_DRIVE_LBA 0xe0
#define ATA_CTL_NIEN  0x02 /* no interrupts from the drive */

#define ATA_SR_BSY  0x80
#define ATA_SR_DRDY 0x40
#define ATA_SR_DF   0x20
#define ATA_SR_DRQ  0x08
#define ATA_SR_ERR  0x01

#define ATA_CMD_READ_PIO  0x20
#define ATA_CMD_WRITE_PIO 0x30
#define ATA_CMD_READ_DMA  0xc8
#define ATA_CMD_WRITE_DMA 0xca
#define ATA_CMD_FLUSH	  0xe7
#define ATA_CMD_IDENTIFY  0xec

#define IDENTIFY_LBA28_SECTORS 60 /* words 60-61: sectors LBA28 reaches */

/* The bus-master IDE registers (PCI BAR4), primary channel. */
#define BM_COMMAND	  0 /* start/stop, direction */
#define BM_STATUS	  2 /* active, error, interrupt */
#define BM_PRDT		  4 /* physical address of the descriptor table */
#define BM_CMD_START	  0x01
#define BM_CMD_TO_MEM	  0x08 /* the controller writes memory: a disk read */
#define BM_ST_ERROR	  0x02
#define BM_ST_INTR	  0x04
#define PCI_CLASS_STORAGE 0x01
#define PCI_SUBCLASS_IDE  0x01
#define PCI_COMMAND	  0x04
#define PCI_CMD_IO	  0x01
#define PCI_CMD_MASTER	  0x04
#define PCI_BAR4	  0x20
#define PRD_EOT		  0x8000 /* the table's last entry */

/* One physical region descriptor: a piece of memory for one transfer. */
struct prd {
	uint32_t addr;	/* physical, must not cross a 64 KiB boundary */
	uint16_t count; /* bytes, even; 0 means 64 KiB */
	uint16_t flags; /* PRD_EOT on the last */
} __attribute__((packed));

static struct prd prdt[1] __attribute__((aligned(16)));

enum ide_mode { IDE_POLL, IDE_INTR, IDE_DMA };
static const char *const mode_names[] = {"poll", "intr", "dma"};

static enum ide_mode mode;
static int present;	     /* a drive answered IDENTIFY */
static uint32_t nsectors;    /* its size */
static uint16_t bm_base;     /* bus-master registers (DMA) */
static struct buf *queue;    /* requests; the head is in flight */
static uint32_t sector_done; /* PIO: sectors of the head moved so far */
static uint32_t nintr;	     /* interrupts taken (a statistic) */

/* Waits while the drive is busy; returns its status. */
static uint8_t wait_not_busy(void)
{
	uint8_t st;

	while ((st = inb(ATA_STATUS)) & ATA_SR_BSY)
		;
	return st;
}

/* Polls until a PIO sector can move; 0, or -EIO if the drive failed. */
static int wait_drq(void)
{
	uint8_t st;

	while (((st = inb(ATA_STATUS)) & ATA_SR_BSY) ||
	       !(st & (ATA_SR_DRQ | ATA_SR_ERR | ATA_SR_DF)))
		;
	return st & (ATA_SR_ERR | ATA_SR_DF) ? -EIO : 0;
}

static uint32_t first_sector(struct buf *b)
{
	return b->blockno * (b->size / SECTOR_SIZE);
}

/* Puts the request's address and count in the drive's registers. */
static void set_address(struct buf *b)
{
	uint32_t s = first_sector(b);

	wait_not_busy();
	outb(ATA_CONTROL, mode == IDE_POLL ? ATA_CTL_NIEN : 0);
	outb(ATA_COUNT, (uint8_t)(b->size / SECTOR_SIZE));
	outb(ATA_LBA0, (uint8_t)s);
	outb(ATA_LBA1, (uint8_t)(s >> 8));
	outb(ATA_LBA2, (uint8_t)(s >> 16));
	outb(ATA_DRIVE, (uint8_t)(ATA_DRIVE_LBA | ((s >> 24) & 0x0f)));
}

/* Starts b on the drive (interrupts masked). */
static void start(struct buf *b)
{
	int write = b->flags & B_DIRTY;

	sector_done = 0;
	set_address(b);
	if (mode == IDE_DMA) {
		prdt[0].addr = V2P(b->data);
		prdt[0].count = (uint16_t)b->size;
		prdt[0].flags = PRD_EOT;
		outl(bm_base + BM_PRDT, V2P(prdt));
		outb(bm_base + BM_STATUS, BM_ST_ERROR | BM_ST_INTR); /* clear */
		outb(bm_base + BM_COMMAND, write ? 0 : BM_CMD_TO_MEM);
		outb(ATA_COMMAND, write ? ATA_CMD_WRITE_DMA : ATA_CMD_READ_DMA);
		outb(bm_base + BM_COMMAND,
		     (write ? 0 : BM_CMD_TO_MEM) | BM_CMD_START);
		return;
	}
	outb(ATA_COMMAND, write ? ATA_CMD_WRITE_PIO : ATA_CMD_READ_PIO);
	if (write && mode == IDE_INTR && wait_drq() == 0)
		outsl(ATA_DATA, b->data,
		      SECTOR_SIZE / 4); /* the first sector */
}

/* Ends the head request with result err and starts the next one. */
static void finish(struct buf *b, int err)
{
	b->error = err;
	if (!err)
		b->flags = (b->flags | B_VALID) & ~B_DIRTY;
	b->flags &= ~B_QUEUED;
	queue = b->qnext;
	if (queue)
		start(queue);
	wakeup(b);
	/* The waiter should not sit out the rest of a CPU-bound process's
	 * slice for each block: end that slice (on its way back to ring 3). */
	if (curproc)
		curproc->resched = 1;
}

/*
 * The interrupt handler (masked): the drive has a sector ready, took one,
 * or (DMA) finished the whole block. Moves the next PIO sector, or ends
 * the request and starts the next in the queue.
 */
static void ide_intr(struct trapframe *tf)
{
	struct buf *b = queue;
	uint8_t st, bm;
	uint32_t nsec;

	(void)tf;
	nintr++;
	if (b == NULL || mode == IDE_POLL) {
		inb(ATA_STATUS); /* not ours to wait for: just acknowledge */
		return;
	}
	if (mode == IDE_DMA) {
		bm = inb(bm_base + BM_STATUS);
		if (!(bm & BM_ST_INTR))
			return; /* not the end of our transfer */
		outb(bm_base + BM_COMMAND, 0);
		st = inb(ATA_STATUS);
		outb(bm_base + BM_STATUS, BM_ST_ERROR | BM_ST_INTR);
		finish(b, (st & (ATA_SR_ERR | ATA_SR_DF)) || (bm & BM_ST_ERROR)
				  ? -EIO
				  : 0);
		return;
	}
	st = inb(ATA_STATUS);
	if (st & (ATA_SR_ERR | ATA_SR_DF)) {
		finish(b, -EIO);
		return;
	}
	nsec = b->size / SECTOR_SIZE;
	if (!(b->flags & B_DIRTY))
		insl(ATA_DATA, b->data + sector_done * SECTOR_SIZE,
		     SECTOR_SIZE / 4);
	if (++sector_done == nsec)
		finish(b, 0);
	else if (b->flags & B_DIRTY)
		outsl(ATA_DATA, b->data + sector_done * SECTOR_SIZE,
		      SECTOR_SIZE / 4);
}

/* Moves b by polling: the CPU waits on the status register throughout. */
static int rw_poll(struct buf *b)
{
	uint32_t nsec = b->size / SECTOR_SIZE;
	int write = b->flags & B_DIRTY;

	set_address(b);
	outb(ATA_COMMAND, write ? ATA_CMD_WRITE_PIO : ATA_CMD_READ_PIO);
	for (uint32_t i = 0; i < nsec; i++) {
		if (wait_drq() < 0)
			return -EIO;
		if (write)
			outsl(ATA_DATA, b->data + i * SECTOR_SIZE,
			      SECTOR_SIZE / 4);
		else
			insl(ATA_DATA, b->data + i * SECTOR_SIZE,
			     SECTOR_SIZE / 4);
	}
	if (write && (wait_not_busy() & (ATA_SR_ERR | ATA_SR_DF)))
		return -EIO;
	return 0;
}

/*
 * Reads b from the disk (or writes it, if B_DIRTY) and returns when that
 * is done: 0, or -EIO (b->error too). The caller holds b's lock. In the
 * intr and dma modes the process sleeps meanwhile; called with no process
 * (a boot-time self-test, which has interrupts on) it waits in hlt.
 */
int ide_rw(struct buf *b)
{
	struct buf **pp;

	if (!present || b->size % SECTOR_SIZE || b->size > BSIZE_MAX ||
	    (uint64_t)first_sector(b) + b->size / SECTOR_SIZE > nsectors) {
		b->error = -EIO;
		return -EIO;
	}
	intr_push();
	if (mode == IDE_POLL) {
		/* Masked: a second process must not start a command on the
		 * drive in the middle of this one. */
		b->error = rw_poll(b);
		if (!b->error)
			b->flags = (b->flags | B_VALID) & ~B_DIRTY;
		intr_pop();
		return b->error;
	}
	b->flags |= B_QUEUED;
	b->qnext = NULL;
	for (pp = &queue; *pp; pp = &(*pp)->qnext)
		;
	*pp = b;
	if (queue == b)
		start(b);
	if (curproc == NULL) {
		/* A boot-time self-test (interrupts on): wait for the
		 * handler; a tick ends a hlt that just missed it. */
		intr_pop();
		while (b->flags & B_QUEUED)
			hlt();
		return b->error;
	}
	while (b->flags & B_QUEUED)
		sleep(b);
	intr_pop();
	return b->error;
}

/* Asks the drive to write its cache to the medium (fsync, sync). */
int ide_flush(void)
{
	uint8_t st;

	if (!present)
		return -EIO;
	intr_push();
	wait_not_busy();
	outb(ATA_CONTROL, ATA_CTL_NIEN);
	outb(ATA_DRIVE, ATA_DRIVE_LBA);
	outb(ATA_COMMAND, ATA_CMD_FLUSH);
	st = wait_not_busy();
	outb(ATA_CONTROL, mode == IDE_POLL ? ATA_CTL_NIEN : 0);
	intr_pop();
	return st & (ATA_SR_ERR | ATA_SR_DF) ? -EIO : 0;
}

/* Finds the bus-master registers; 0, or -1 if there is no such controller. */
static int dma_init(void)
{
	int dev, fn;
	uint32_t bar;

	if (pci_find_class(PCI_CLASS_STORAGE, PCI_SUBCLASS_IDE, &dev, &fn) < 0)
		return -1;
	bar = pci_read(dev, fn, PCI_BAR4);
	if (!(bar & 1) || (bar & ~3u) == 0)
		return -1; /* not an I/O-space bar */
	bm_base = (uint16_t)(bar & ~3u);
	pci_write(dev, fn, PCI_COMMAND,
		  pci_read(dev, fn, PCI_COMMAND) | PCI_CMD_IO | PCI_CMD_MASTER);
	return 0;
}

/* Asks the master drive who it is; its size in sectors, or 0 if none. */
static uint32_t identify(void)
{
	uint32_t id[SECTOR_SIZE / 4];

	outb(ATA_CONTROL, ATA_CTL_NIEN);
	outb(ATA_DRIVE, ATA_DRIVE_LBA);
	outb(ATA_COUNT, 0);
	outb(ATA_LBA0, 0);
	outb(ATA_LBA1, 0);
	outb(ATA_LBA2, 0);
	outb(ATA_COMMAND, ATA_CMD_IDENTIFY);
	if (inb(ATA_STATUS) == 0 || inb(ATA_STATUS) == 0xff)
		return 0; /* no drive, or no controller */
	wait_not_busy();
	if (inb(ATA_LBA1) != 0 || inb(ATA_LBA2) != 0)
		return 0; /* ATAPI (a CD-ROM) or SATA: not a disk we drive */
	if (wait_drq() < 0)
		return 0;
	insl(ATA_DATA, id, SECTOR_SIZE / 4);
	return id[IDENTIFY_LBA28_SECTORS / 2];
}

/*
 * Finds the disk and sets up the mode ide= asks for (default dma, or
 * intr without a bus-master controller). Without a disk, ide_rw fails
 * with -EIO and the initrd stays the only file system.
 */
void ide_init(void)
{
	const char *want = cmdline_get("ide");

	nsectors = identify();
	if (nsectors == 0) {
		kprintf("ide: no disk\n");
		return;
	}
	mode = IDE_DMA;
	if (want && strcmp(want, "poll") == 0)
		mode = IDE_POLL;
	else if (want && strcmp(want, "intr") == 0)
		mode = IDE_INTR;
	else if (want && strcmp(want, "dma") != 0)
		kprintf("ide: ide=%s is not poll, intr or dma: using dma\n",
			want);
	if (mode == IDE_DMA && dma_init() < 0) {
		kprintf("ide: no bus-master controller: using intr\n");
		mode = IDE_INTR;
	}
	present = 1;
	irq_register(IRQ_IDE, ide_intr, "ide");
	outb(ATA_CONTROL, mode == IDE_POLL ? ATA_CTL_NIEN : 0);
	kprintf("ide: disk of %u KiB, by %s\n", nsectors / 2, mode_names[mode]);
}

/* The disk's size in sectors (0: no disk), and the interrupts taken. */
uint32_t ide_nsectors(void)
{
	return present ? nsectors : 0;
}

uint32_t ide_nintr(void)
{
	return nintr;
}
