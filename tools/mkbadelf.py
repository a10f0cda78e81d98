#!/usr/bin/python3
"""Writes deliberately malformed ELF files, each derived from a good one.

Usage: mkbadelf.py GOOD_ELF OUTDIR

Every file breaks exactly one rule the kernel's ELF loader checks; execv
of each must fail with ENOEXEC and never panic the kernel. The file names
say which rule is broken.
"""
import os
import struct
import sys

EHDR = struct.Struct("<16sHHIIIIIHHHHHH")
PHDR = struct.Struct("<IIIIIIII")
PT_LOAD = 1


def ehdr_fields(data):
    return list(EHDR.unpack_from(data, 0))


def put_ehdr(data, fields):
    EHDR.pack_into(data, 0, *fields)


def first_load(data):
    f = ehdr_fields(data)
    phoff, phentsize, phnum = f[5], f[9], f[10]
    for i in range(phnum):
        off = phoff + i * phentsize
        ph = list(PHDR.unpack_from(data, off))
        if ph[0] == PT_LOAD:
            return off, ph
    sys.exit("mkbadelf: no PT_LOAD in the good file")


def set_ehdr(data, index, value):
    f = ehdr_fields(data)
    f[index] = value
    put_ehdr(data, f)


def set_phdr(data, index, value):
    off, ph = first_load(data)
    ph[index] = value
    PHDR.pack_into(data, off, *ph)


def mutations(good):
    """Yields (name, bytes) for each broken file."""
    size = len(good)

    def m(fn):
        d = bytearray(good)
        fn(d)
        return bytes(d)

    # e_ident, e_type, e_machine, e_version, e_entry, e_phoff, e_shoff,
    # e_flags, e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx
    yield "bad_magic", m(lambda d: d.__setitem__(slice(1, 4), b"ELG"))
    yield "bad_class", m(lambda d: d.__setitem__(4, 2))  # ELFCLASS64
    yield "bad_data", m(lambda d: d.__setitem__(5, 2))   # big-endian
    yield "bad_machine", m(lambda d: set_ehdr(d, 2, 62))  # x86-64
    yield "bad_type", m(lambda d: set_ehdr(d, 1, 1))      # ET_REL
    yield "bad_phentsize", m(lambda d: set_ehdr(d, 9, 16))
    yield "phoff_past_end", m(lambda d: set_ehdr(d, 5, size + 64))
    yield "phnum_huge", m(lambda d: set_ehdr(d, 10, 0xffff))
    yield "no_load_segment", m(lambda d: set_ehdr(d, 10, 0))
    yield "entry_outside", m(lambda d: set_ehdr(d, 4, 0x00800000))
    # p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align
    yield "seg_offset_past_end", m(lambda d: set_phdr(d, 1, size - 16))
    yield "seg_filesz_huge", m(lambda d: set_phdr(d, 4, 0x7ffffff0))
    yield "seg_filesz_gt_memsz", m(
        lambda d: set_phdr(d, 5, first_load(d)[1][4] - 1))
    yield "seg_in_kernel", m(lambda d: set_phdr(d, 2, 0xc0100000))
    yield "seg_wraps", m(lambda d: set_phdr(d, 5, 0xfffff000))
    yield "seg_memsz_huge", m(lambda d: set_phdr(d, 5, 0xbff00000))
    yield "truncated_header", good[:30]
    yield "empty", b""


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mkbadelf.py GOOD_ELF OUTDIR")
    good = open(sys.argv[1], "rb").read()
    os.makedirs(sys.argv[2], exist_ok=True)
    for name, data in mutations(good):
        path = os.path.join(sys.argv[2], name)
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old != data:
            with open(path, "wb") as f:
                f.write(data)
        # Executable, as a program would be: exec must get as far as
        # the ELF checks (no x bit fails earlier, with EACCES).
        os.chmod(path, 0o755)


if __name__ == "__main__":
    main()
