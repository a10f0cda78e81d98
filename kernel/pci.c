/*
 * The PCI configuration space, through the two I/O ports of mechanism #1:
 * enough to find a device by its class and read or set its registers
 * (ide.c finds the IDE controller's bus-master registers so). Bus 0 only:
 * QEMU's pc machine puts every device there.
 */
#include "defs.h"
#include "x86.h"

#define PCI_CONFIG_ADDRESS 0xcf8
#define PCI_CONFIG_DATA	   0xcfc
#define PCI_ENABLE	   0x80000000u /* the address register's enable bit */
#define PCI_CLASS_REG	   0x08	       /* class, subclass, prog-if, revision */
#define PCI_NDEVICES	   32
#define PCI_NFUNCTIONS	   8

static uint32_t config_address(int dev, int fn, int reg)
{
	return PCI_ENABLE | (uint32_t)dev << 11 | (uint32_t)fn << 8 |
	       ((uint32_t)reg & 0xfc);
}

/* Reads the 32-bit configuration register reg of device dev, function fn. */
uint32_t pci_read(int dev, int fn, int reg)
{
	outl(PCI_CONFIG_ADDRESS, config_address(dev, fn, reg));
	return inl(PCI_CONFIG_DATA);
}

void pci_write(int dev, int fn, int reg, uint32_t v)
{
	outl(PCI_CONFIG_ADDRESS, config_address(dev, fn, reg));
	outl(PCI_CONFIG_DATA, v);
}

/*
 * Finds the first function on bus 0 of class `class` and subclass `sub`;
 * returns 0 with *dev and *fn set, or -1 if there is none.
 */
int pci_find_class(int class, int sub, int *dev, int *fn)
{
	for (int d = 0; d < PCI_NDEVICES; d++)
		for (int f = 0; f < PCI_NFUNCTIONS; f++) {
			uint32_t id = pci_read(d, f, 0);
			uint32_t cls;

			if ((id & 0xffff) == 0xffff)
				continue; /* nothing there */
			cls = pci_read(d, f, PCI_CLASS_REG);
			if ((int)(cls >> 24) == class &&
			    (int)((cls >> 16) & 0xff) == sub) {
				*dev = d;
				*fn = f;
				return 0;
			}
		}
	return -1;
}
