"""
Issue 2, kernel self-tests (selftest=NAME): each prints "selftest NAME: ok"
and the kernel powers off with status 1 when all passed.
"""

import pytest

from kestrel import boot, expect, EXIT_OK

ALL_PASSED = r"^selftest: all passed \(0 failed\)$"


def selftest(names, **kw):
    r = boot("quiet selftest=" + names, **kw)
    return r


def test_selftest_idt():
    r = selftest("idt")
    expect(r, [r"^selftest idt: ok \(256 gates present, DPL 3 only on "
               r"vector 0x40\)$", ALL_PASSED],
           forbid=[r"FAILED"], status=EXIT_OK)


def test_selftest_intr():
    r = selftest("intr")
    expect(r, [r"^selftest intr: ok$", ALL_PASSED], forbid=[r"FAILED"],
           status=EXIT_OK)


def test_selftest_printf():
    r = selftest("printf")
    expect(r, [r"^selftest printf: ok$", ALL_PASSED],
           forbid=[r"FAILED", r"^selftest printf: want"], status=EXIT_OK)


# Taking and zeroing every frame is slow under TCG; 32 MiB says as much
# about the allocator as 128 MiB.
def test_selftest_kalloc():
    r = selftest("kalloc", mem=32)
    m = expect(r, [r"^selftest kalloc: free frames before (\d+), "
                   r"allocated (\d+), after (\d+)$",
                   r"^selftest kalloc: ok$", ALL_PASSED],
               forbid=[r"FAILED"], status=EXIT_OK)
    before, allocated, after = (int(x) for x in m[0].groups())
    if not before == allocated == after or before == 0:
        r.fail("kalloc: free frames before %d, allocated %d, after %d: all "
               "three should be equal, and not 0" %
               (before, allocated, after))


# Ticks are counted against RTC seconds; -icount makes both run on the
# same virtual clock, so the count is exact (the kernel allows +-1).
@pytest.mark.parametrize("hz", [100, 250, 1000])
def test_selftest_timer(hz):
    r = selftest("timer hz=%d" % hz, icount=True)
    m = expect(r, [r"^timer: PIT at %d Hz$" % hz,
                   r"^selftest timer: (\d+) ticks in (\d+) RTC seconds at "
                   r"hz=%d$" % hz,
                   r"^selftest timer: ok$", ALL_PASSED],
               forbid=[r"FAILED"], status=EXIT_OK)
    ticks, secs = int(m[1][1]), int(m[1][2])
    if secs < 1:
        r.fail("the tick count is over %d RTC seconds: nothing measured" %
               secs)
    if abs(ticks - secs * hz) > 1:
        r.fail("%d ticks in %d s at hz=%d: want %d (+-1)" %
               (ticks, secs, hz, secs * hz))


def test_selftest_all():
    r = selftest("all", mem=32, icount=True, timeout=40)
    expect(r, [r"^selftest idt: ok", r"^selftest intr: ok$",
               r"^selftest printf: ok$", r"^selftest kalloc: ok$",
               r"^selftest timer: ok$", r"^selftest pipe: ok",
               r"^selftest nest: ok", ALL_PASSED],
           forbid=[r"FAILED"], status=EXIT_OK)


def test_selftest_pipe_counter_wrap():
    """Issue 9, finding 5: bytes through a pipe past 4 GiB stay intact.

    The self-test starts a pipe's byte counters 1000 short of 2^32 and
    sends four full loads across the wrap; the old indexing by counter %
    PIPESIZE (4000 does not divide 2^32) overwrote unread bytes there.
    """
    r = selftest("pipe")
    expect(r, [r"^selftest pipe: ok \(4 full loads across the byte "
               r"counters' wrap at 2\^32\)$", ALL_PASSED],
           forbid=[r"FAILED"], status=EXIT_OK)


@pytest.mark.parametrize("hz", [100, 1000])
def test_selftest_nest(hz):
    """A tick taken while a trap handler runs with interrupts on nests."""
    r = selftest("nest hz=%d" % hz)
    m = expect(r, [r"^selftest nest: ok \(a timer tick inside int 0x41: "
                   r"nesting depth (\d+)\)$", ALL_PASSED],
               forbid=[r"FAILED"], status=EXIT_OK)
    assert int(m[0].group(1)) >= 2


def test_selftest_unknown_name_fails():
    r = selftest("idt,nosuch")
    expect(r, [r"^selftest idt: ok", r"^selftest nosuch: no such test$",
               r"^selftest: FAILED \(1 failed\)$"], status=3)
