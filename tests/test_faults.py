"""
Issue 2, faults in the kernel: selftest=pf, gp, de, ud, kstack and panic end
in a panic on purpose; the dump must name the trap, decode it, show every
register and a symbolic backtrace, and QEMU must exit with status 3.
"""

import re

from kestrel import boot, expect, EXIT_PANIC

HEX = r"0x[0-9a-f]{8}"
REGS = [
    r"^  eax %s ebx %s ecx %s edx %s$" % (HEX, HEX, HEX, HEX),
    r"^  esi %s edi %s ebp %s esp %s$" % (HEX, HEX, HEX, HEX),
    r"^  cs 0x0008 ds 0x0010 es 0x0010 fs 0x0010 gs 0x0010 ss 0x0010$",
    r"^  eflags %s \[( [A-Z]{2,4})* \] IOPL=0$" % HEX,
    r"^  cr0 %s cr3 %s cr4 %s$" % (HEX, HEX, HEX),
]


def backtrace(fn):
    """The backtrace lines from fn up through the self-test runner."""
    return [r"^backtrace:$",
            r"^  #0 %s <%s\+0x[0-9a-f]+>$" % (HEX, fn),
            r"^  #1 %s <selftest_run\+0x[0-9a-f]+>$" % HEX,
            r"^  #2 %s <kmain\+0x[0-9a-f]+>$" % HEX,
            r"^kernel halted$"]


def trap_dump(vector, mnemonic, name, errcode, fn):
    return ([r"^PANIC: unexpected trap in kernel mode$",
             r"^  vector %d %s %s$" % (vector, mnemonic, name),
             r"^  error code %s$" % errcode] +
            [r"^  eip %s <%s\+0x[0-9a-f]+>$" % (HEX, fn)] + REGS +
            backtrace(fn))


def line_match(r, regex):
    """The match of the first serial line that regex matches."""
    for line in r.lines:
        m = re.search(regex, line)
        if m:
            return m
    r.fail("no line matches %r" % regex)


def check_eip_matches_backtrace(r, fn):
    eip = line_match(r, r"^  eip (0x[0-9a-f]{8}) ")[1]
    frame0 = line_match(r, r"^  #0 (0x[0-9a-f]{8}) ")[1]
    if eip != frame0:
        r.fail("eip %s but backtrace #0 is %s (both should be in %s)" %
               (eip, frame0, fn))


EFLAGS_BITS = {0: "CF", 2: "PF", 4: "AF", 6: "ZF", 7: "SF", 8: "TF",
               9: "IF", 10: "DF", 11: "OF"}


def test_fault_pf():
    r = boot("quiet selftest=pf")
    pats = trap_dump(14, "#PF", "Page fault",
                     r"0x00000002 \(kernel write, not present\)",
                     "test_pf")
    pats.insert(3, r"^  cr2 0x0badc0de$")
    expect(r, [r"^selftest pf: writing to 0x0badc0de$"] + pats,
           panic=True, status=EXIT_PANIC)
    check_eip_matches_backtrace(r, "test_pf")
    # eflags must be decoded bit by bit.
    m = line_match(r, r"^  eflags (0x[0-9a-f]{8}) \[(.*)\] IOPL=(\d)$")
    eflags, shown = int(m[1], 16), m[2].split()
    want = [n for bit, n in sorted(EFLAGS_BITS.items()) if eflags >> bit & 1]
    if sorted(shown) != sorted(want):
        r.fail("eflags %s decoded as %s, want %s" % (m[1], shown, want))
    if int(m[3]) != eflags >> 12 & 3:
        r.fail("eflags %s but IOPL=%s" % (m[1], m[3]))
    cr0 = int(line_match(r, r"^  cr0 (0x[0-9a-f]{8}) ")[1], 16)
    if cr0 & 0x80000001 != 0x80000001:
        r.fail("cr0 0x%08x: paging (PG) and protection (PE) should be on" %
               cr0)


def test_fault_gp():
    r = boot("quiet selftest=gp")
    expect(r, [r"^selftest gp: loading selector 0x63 into fs$"] +
               trap_dump(13, "#GP", "General protection",
                         r"0x00000060 \(selector 0x0060 \(GDT index 12\)\)",
                         "test_gp"),
               panic=True, status=EXIT_PANIC)
    check_eip_matches_backtrace(r, "test_gp")


def test_fault_de():
    r = boot("quiet selftest=de")
    expect(r, [r"^selftest de: dividing by zero$"] +
               trap_dump(0, "#DE", "Divide error", r"0x00000000 \(none\)",
                         "test_de"),
               panic=True, status=EXIT_PANIC)
    check_eip_matches_backtrace(r, "test_de")


def test_fault_ud():
    r = boot("quiet selftest=ud")
    expect(r, [r"^selftest ud: executing ud2$"] +
               trap_dump(6, "#UD", "Invalid opcode", r"0x00000000 \(none\)",
                         "test_ud"),
               panic=True, status=EXIT_PANIC)
    check_eip_matches_backtrace(r, "test_ud")


def test_deliberate_panic():
    r = boot("quiet selftest=panic")
    expect(r, [r"^PANIC: selftest: deliberate panic$"] +
           backtrace("test_panic"),
           forbid=[r"unexpected trap"], panic=True, status=EXIT_PANIC)


def test_kernel_stack_overflow():
    # Overflowing a kernel stack into its guard page must end in a double
    # fault that the kernel reports, not a triple fault (QEMU exit 0).
    r = boot("quiet selftest=kstack")
    expect(r, [r"^selftest kstack: overflowing the kernel stack at %s$" % HEX,
               r"^PANIC: double fault \(vector 8\)$",
               r"^  at eip %s, esp %s$" % (HEX, HEX),
               r"^  kernel stack overflow: esp is in the guard page below "
               r"kernel stack slot \d+$",
               r"^kernel halted$"],
           panic=True, status=EXIT_PANIC)
