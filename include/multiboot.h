/*
 * Multiboot version 1: the header a boot loader looks for, and the
 * information structure it hands over in ebx.
 */
#ifndef MULTIBOOT_H
#define MULTIBOOT_H

#define MB_HEADER_MAGIC	 0x1BADB002 /* in the kernel image */
#define MB_BOOT_MAGIC	 0x2BADB002 /* in eax at entry */
#define MB_HF_PAGE_ALIGN 0x1	    /* load modules on page boundaries */
#define MB_HF_MEMINFO	 0x2	    /* pass the memory map */

/* Bits of mb_info.flags saying which fields are valid. */
#define MB_INFO_MEM	0x001
#define MB_INFO_CMDLINE 0x004
#define MB_INFO_MODS	0x008
#define MB_INFO_MMAP	0x040

#ifndef __ASSEMBLER__
#include <stdint.h>

struct mb_info {
	uint32_t flags;
	uint32_t mem_lower; /* KiB below 1 MiB */
	uint32_t mem_upper; /* KiB above 1 MiB, up to the first hole */
	uint32_t boot_device;
	uint32_t cmdline; /* physical address of a C string */
	uint32_t mods_count;
	uint32_t mods_addr; /* physical address of mods_count mb_module */
	uint32_t syms[4];
	uint32_t mmap_length;
	uint32_t mmap_addr; /* physical address of mb_mmap entries */
} __attribute__((packed));

struct mb_module {
	uint32_t start; /* physical, inclusive */
	uint32_t end;	/* physical, exclusive */
	uint32_t string;
	uint32_t reserved;
};

/* One memory-map entry; size does not count the size field itself. */
struct mb_mmap {
	uint32_t size;
	uint64_t addr;
	uint64_t len;
	uint32_t type; /* 1 = usable RAM */
} __attribute__((packed));

#define MB_MMAP_USABLE 1
#endif

#endif
