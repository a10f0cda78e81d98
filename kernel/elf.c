/*
 * Checking an ELF executable before anything is loaded: every field the
 * loader uses is validated against the file's size and the user address
 * range, with overflow-safe arithmetic. exec.c loads only what passes.
 */
#include "defs.h"
#include "elf.h"
#include "memlayout.h"

#define ELF_MAXPHNUM 32

/* Is [off, off+len) inside a file of size bytes? (No overflow possible.) */
static int in_file(uint32_t off, uint32_t len, uint32_t size)
{
	return off <= size && len <= size - off;
}

static const char *check_header(const struct elf_ehdr *eh, uint32_t size)
{
	if (size < sizeof(*eh))
		return "shorter than an ELF header";
	if (memcmp(eh->ident, ELF_MAGIC, 4) != 0)
		return "bad magic";
	if (eh->ident[EI_CLASS] != ELFCLASS32 ||
	    eh->ident[EI_DATA] != ELFDATA2LSB ||
	    eh->ident[EI_VERSION] != EV_CURRENT)
		return "not 32-bit little-endian ELF version 1";
	if (eh->machine != EM_386)
		return "not for i386";
	if (eh->type != ET_EXEC)
		return "not an executable (ET_EXEC)";
	if (eh->phentsize != sizeof(struct elf_phdr))
		return "bad program header size";
	if (eh->phnum == 0 || eh->phnum > ELF_MAXPHNUM)
		return "bad number of program headers";
	if (!in_file(eh->phoff, eh->phnum * sizeof(struct elf_phdr), size))
		return "program headers outside the file";
	return NULL;
}

static const char *check_segment(const struct elf_phdr *ph, uint32_t size,
				 uint32_t limit)
{
	if (ph->filesz > ph->memsz)
		return "segment file size above memory size";
	if (!in_file(ph->offset, ph->filesz, size))
		return "segment data outside the file";
	if (ph->vaddr < USER_TEXT)
		return "segment in page 0";
	if (ph->vaddr >= limit || ph->memsz > limit - ph->vaddr)
		return "segment outside user memory";
	return NULL;
}

/*
 * Checks the ELF image data[0..size); limit is the end of the address
 * range a program may occupy. Returns NULL if it may be loaded, else why
 * not.
 */
const char *elf_check(const uint8_t *data, uint32_t size, uint32_t limit)
{
	const struct elf_ehdr *eh = (const void *)data;
	const struct elf_phdr *ph;
	const char *why;
	int nload = 0, entry_ok = 0;

	if ((why = check_header(eh, size)) != NULL)
		return why;
	ph = (const void *)(data + eh->phoff);
	for (int i = 0; i < eh->phnum; i++, ph++) {
		if (ph->type != PT_LOAD)
			continue;
		if ((why = check_segment(ph, size, limit)) != NULL)
			return why;
		nload++;
		if (eh->entry >= ph->vaddr &&
		    eh->entry - ph->vaddr < ph->memsz && (ph->flags & PF_X))
			entry_ok = 1;
	}
	if (nload == 0)
		return "no loadable segment";
	if (!entry_ok)
		return "entry point outside the executable segments";
	return NULL;
}
