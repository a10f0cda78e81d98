"""
Issue 2, booting through QEMU's -kernel: the banner, the memory size the
boot loader reports, and the command-line options. GRUB: test_grub.py.
"""

import pytest

from kestrel import boot, expect

BANNER = r"^kestrel 0\.1 \(i386\) booting$"
BOOTED = r"^kernel: boot complete"


# QEMU's -kernel puts the kernel's path before the options; GRUB does not.
def cmdline(opts):
    return r"^cmdline: '(\S*kernel\.elf ?)?%s( login=no)?'$" % opts


def test_banner_via_kernel():
    r = boot("", until=[BANNER, BOOTED])
    expect(r, [BANNER, cmdline(""), r"^timer: PIT at 100 Hz$", BOOTED])


def test_banner_is_first_line():
    r = boot("quiet", until=[BANNER])
    if not r.lines or r.lines[0] != "kestrel 0.1 (i386) booting":
        r.fail("the banner must be the first line on the serial port")


@pytest.mark.parametrize("mem", [64, 128, 256])
def test_memory_size(mem):
    r = boot("", mem=mem, until=[r"^mem: kernel "])
    m = expect(r, [r"^mem: memory map from the boot loader:$",
                   r"^mem:   [0-9a-f]{16}-[0-9a-f]{16} usable$",
                   r"^mem: (\d+) KiB usable, RAM ends at 0x([0-9a-f]{8}) "
                   r"\((\d+) MiB\)$",
                   r"^mem: kernel 0x00100000-0x([0-9a-f]{8}), free from "
                   r"0x([0-9a-f]{8}): (\d+) frames \((\d+) KiB\)$"])
    kib, ram_end, mib = int(m[2][1]), int(m[2][2], 16), int(m[2][3])
    if mib != mem:
        r.fail("QEMU has -m %d but the kernel says %d MiB" % (mem, mib))
    # QEMU reserves the top 128 KiB below -m for the BIOS; allow a bit.
    if not (mem - 1) * 1024 <= kib <= mem * 1024:
        r.fail("%d KiB usable does not fit -m %d" % (kib, mem))
    if ram_end > mem << 20:
        r.fail("RAM ends at 0x%08x, above -m %d" % (ram_end, mem))
    frames, fkib = int(m[3][3]), int(m[3][4])
    if frames * 4 != fkib:
        r.fail("%d frames are not %d KiB" % (frames, fkib))
    if not 0 < frames <= kib // 4:
        r.fail("%d free frames but only %d KiB usable" % (frames, kib))


def test_quiet_hides_memory_map():
    r = boot("quiet", until=[BOOTED])
    expect(r, [cmdline("quiet"), r"^mem: \d+ KiB usable", BOOTED],
           forbid=[r"^mem: memory map", r"^mem:   "])


def test_unknown_option_reported():
    r = boot("foo hz=250 bar=1", until=[BOOTED])
    expect(r, [r"^cmdline: unknown option 'foo' \(ignored\)$",
               r"^cmdline: unknown option 'bar' \(ignored\)$",
               # Then, once, what the options are.
               r"^cmdline: the options are:$",
               r"^cmdline:   hz=\.\.\.  timer interrupts per second",
               r"^cmdline:   quiet  do not print the memory map",
               r"^timer: PIT at 250 Hz$", BOOTED])
    assert sum(line == "cmdline: the options are:" for line in r.lines) == 1


def test_bad_hz_not_a_number():
    r = boot("quiet hz=abc", until=[BOOTED])
    expect(r, [r"^cmdline: hz=abc is not a number, using 100$",
               r"^timer: PIT at 100 Hz$",
               BOOTED])


@pytest.mark.parametrize("hz", [5, 18, 10001])
def test_bad_hz_out_of_range(hz):
    r = boot("quiet hz=%d" % hz, until=[BOOTED])
    expect(r, [r"^timer: hz=%d out of range 19\.\.10000, using 100$" % hz,
               r"^timer: PIT at 100 Hz$", BOOTED])


def test_hz_limits_accepted():
    for hz in (19, 10000):
        r = boot("quiet hz=%d" % hz, until=[BOOTED])
        expect(r, [r"^timer: PIT at %d Hz$" % hz, BOOTED],
               forbid=[r"out of range"])
