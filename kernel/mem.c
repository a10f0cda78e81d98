/*
 * The physical memory map from the boot loader: printed at boot, and every
 * usable page above the kernel and the boot modules handed to kalloc.c.
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"
#include "multiboot.h"

extern char kernel_end[]; /* linker.ld */

uint32_t mem_top;	      /* end of the highest usable range we manage */
static uint32_t reserved_end; /* first physical byte not used by boot data */

static const char *mmap_type(uint32_t type)
{
	switch (type) {
	case 1:
		return "usable";
	case 3:
		return "ACPI reclaimable";
	case 4:
		return "ACPI NVS";
	case 5:
		return "bad";
	default:
		return "reserved";
	}
}

/* Everything up to the end of the kernel, modules and boot info is kept. */
static void find_reserved_end(struct mb_info *mbi)
{
	struct mb_module *m;

	reserved_end = V2P(kernel_end);
	if (!(mbi->flags & MB_INFO_MODS))
		return;
	m = P2V(mbi->mods_addr);
	for (uint32_t i = 0; i < mbi->mods_count; i++)
		if (m[i].end > reserved_end && m[i].end < PHYSTOP)
			reserved_end = m[i].end;
	reserved_end = PGROUNDUP(reserved_end);
}

/* Hands the part of one usable range above the reserved area to kalloc. */
static void add_usable(uint64_t addr, uint64_t len)
{
	uint64_t start = addr, end = addr + len;

	if (start < reserved_end)
		start = reserved_end;
	if (end > PHYSTOP)
		end = PHYSTOP;
	if (start >= end)
		return;
	if (end > mem_top)
		mem_top = (uint32_t)end;
	kalloc_add_range(PGROUNDUP((uint32_t)start),
			 PGROUNDDOWN((uint32_t)end));
}

/* Reads the loader's memory map, prints it, and fills the frame allocator. */
void mem_init(struct mb_info *mbi)
{
	uint32_t p, end, usable_kib = 0, top = 0;
	int quiet = cmdline_has("quiet");
	struct mb_mmap *e;

	if (!(mbi->flags & MB_INFO_MMAP))
		panic("mem_init: the boot loader gave no memory map");
	find_reserved_end(mbi);
	kalloc_init();
	if (!quiet)
		kprintf("mem: memory map from the boot loader:\n");
	p = mbi->mmap_addr;
	end = mbi->mmap_addr + mbi->mmap_length;
	for (; p < end; p += e->size + sizeof(e->size)) {
		e = P2V(p);
		if (!quiet)
			kprintf("mem:   %08x%08x-%08x%08x %s\n",
				(uint32_t)(e->addr >> 32), (uint32_t)e->addr,
				(uint32_t)((e->addr + e->len - 1) >> 32),
				(uint32_t)(e->addr + e->len - 1),
				mmap_type(e->type));
		if (e->type != MB_MMAP_USABLE)
			continue;
		usable_kib += (uint32_t)(e->len >> 10);
		if (e->addr + e->len > top && e->addr + e->len <= 0xffffffffull)
			top = (uint32_t)(e->addr + e->len);
		add_usable(e->addr, e->len);
	}
	kprintf("mem: %u KiB usable, RAM ends at 0x%08x (%u MiB)\n", usable_kib,
		top, (top + 0xfffff) >> 20);
	if (top > PHYSTOP)
		kprintf("mem: only the first %u MiB are used\n", PHYSTOP >> 20);
	kprintf("mem: kernel 0x%08x-0x%08x, free from 0x%08x: %u frames (%u "
		"KiB)\n",
		V2P(KERNLINK), V2P(kernel_end), reserved_end, kalloc_nfree(),
		kalloc_nfree() * (PGSIZE / 1024));
}
