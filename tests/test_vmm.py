"""
Issue 10, point 9: trap and emulate in user space. /bin/vmm (user/vmm.c)
runs a small guest kernel in ring 3 and emulates every privileged
instruction it executes from the SIGSEGV upcall, with a virtual timer from
setitimer. Each case boots init=/bin/vmm under both memory models with
-icount; the counts the VMM prints are checked against what the guest's
code implies, as relations that hold whatever the timing.
"""

import pytest

from kestrel import boot, expect, FREE_FRAMES, EXIT_OK

MODELS = ("paging", "segment")
NTICKS, NBUSY = 8, 4  # G_NTICKS and G_NBUSY in the guest
KINDS = ("cli", "sti", "hlt", "in", "out", "mov cr", "lidt", "iret")
COUNTS = (r"^vmm: emulated (\d+) instructions: " +
          ", ".join(r"%s (\d+)" % k for k in KINDS) + r"$")
# Guest out instructions besides its bytes to COM1 and its EOIs: the
# PIC's four ICWs and its mask, the unmasking of IRQ 0, the PIT's mode
# and two count bytes, and the power-off.
OTHER_OUTS = 5 + 1 + 3 + 1
# Guest in instructions besides one LSR poll per byte (the virtual UART
# is never busy): the read of the PIC's mask.
OTHER_INS = 1
FORBID = [r"killed by", r"no device there", r"CORRUPTED", r"cannot"]


def run(model, args=""):
    return boot("quiet mm=%s init=/bin/vmm%s" % (model, args), icount=True)


def check_frames(r):
    frames = [FREE_FRAMES.match(line) for line in r.lines
              if FREE_FRAMES.match(line)]
    if not frames or frames[-1].group(1) != frames[-1].group(2):
        r.fail("vmm leaked memory (or init did not report it)")


def counts(m):
    """{kind: count} and the total from the match of COUNTS."""
    n = [int(x) for x in m.groups()]
    return dict(zip(KINDS, n[1:])), n[0]


@pytest.mark.parametrize("model", MODELS)
def test_vmm_demo(model):
    """The guest's whole run: its output, and counts that agree with it."""
    r = run(model)
    m = expect(r, [
        r"^vmm: running a \d+-byte guest at 0x[0-9a-f]{8} in ring 3$",
        r"^vmm: guest said: hello from the guest$",
        r"^vmm: guest said: guest: timer at 100 Hz, waiting for %d ticks$"
        % NTICKS,
        r"^vmm: guest said: guest: counted (\d+) ticks in hlt; computing "
        r"until tick %d$" % (NTICKS + NBUSY),
        r"^vmm: guest said: guest: registers and flags intact$",
        r"^vmm: guest said: guest: (\d+) ticks in all, powering off$",
        r"^vmm: guest powered off with status 0$",
        COUNTS,
        r"^vmm: (\d+) virtual timer interrupts delivered: (\d+) in hlt, "
        r"(\d+) to the running guest, (\d+) after an emulated instruction$",
        r"^vmm: (\d+) timer ticks, (\d+) merged while one was pending$",
        r"^vmm: guest cr0 0x00000011 at power-on, 0x00010011 at the end; "
        r"PIT divisor 11932$",
        r"^init: /bin/vmm exited with status 0$",
    ], forbid=FORBID, status=EXIT_OK)
    check_frames(r)
    in_hlt_guest, total_guest = int(m[3].group(1)), int(m[5].group(1))
    n, total = counts(m[7])
    delivered, in_hlt, running, after = (int(x) for x in m[8].groups())
    raised, merged = int(m[9].group(1)), int(m[9].group(2))
    said = [line[len("vmm: guest said: "):] for line in r.lines
            if line.startswith("vmm: guest said: ")]
    chars = sum(len(s) + 1 for s in said)  # each line ended in \n
    problems = []

    def check(ok, what):
        if not ok:
            problems.append(what)

    check(total == sum(n.values()), "the total is not the sum of the kinds")
    check(n["mov cr"] == 2, "mov cr: one read and one write of cr0")
    check(n["lidt"] == 1, "one lidt")
    # Each hlt waits for one interrupt; the first phase ends at NTICKS.
    check(1 <= n["hlt"] <= NTICKS, "hlt between 1 and %d" % NTICKS)
    check(in_hlt == n["hlt"], "every hlt woken by one interrupt")
    check(NTICKS <= in_hlt_guest <= NTICKS + 1,
          "the guest left its hlt loop at tick %d or %d" % (NTICKS,
                                                            NTICKS + 1))
    # sti; hlt in each pass, one more sti for the busy phase; cli at
    # boot, at the top of each pass and the last check, at the end.
    check(n["sti"] == n["hlt"] + 1, "sti = hlt + 1")
    check(n["cli"] == n["hlt"] + 3, "cli = hlt + 3")
    # Every interrupt was taken and returned from with an iret, and the
    # guest counted each one (its tick count is the VMM's).
    check(n["iret"] == delivered, "one iret per interrupt")
    check(total_guest == delivered, "the guest counted what was delivered")
    check(NTICKS + NBUSY <= delivered <= NTICKS + NBUSY + 1,
          "interrupts delivered: %d or %d" % (NTICKS + NBUSY,
                                               NTICKS + NBUSY + 1))
    check(delivered == in_hlt + running + after, "delivery paths add up")
    check(running >= 1, "some interrupts came while the guest computed")
    # Every tick was delivered, merged, or (at most one) still pending.
    check(delivered + merged <= raised <= delivered + merged + 1,
          "ticks raised = delivered + merged (+ one pending)")
    # One out per byte printed, plus the devices; one LSR poll per byte.
    check(n["out"] == chars + delivered + OTHER_OUTS,
          "out = %d bytes + %d EOIs + %d" % (chars, delivered, OTHER_OUTS))
    check(n["in"] == chars + OTHER_INS,
          "in = %d bytes + %d" % (chars, OTHER_INS))
    if problems:
        r.fail("the VMM's counts disagree with the guest's code:\n" +
               "\n".join("  - " + p for p in problems))


@pytest.mark.parametrize("model", MODELS)
def test_vmm_refuses_unknown_instruction(model):
    """wbinvd is privileged but not emulated: the VMM stops the guest."""
    r = run(model, " refuse")
    m = expect(r, [
        r"^vmm: guest said: guest: now an instruction no VMM should let "
        r"through$",
        r"^vmm: guest ran an instruction the VMM does not emulate at eip "
        r"0x[0-9a-f]{8} \(bytes 0f 09 [0-9a-f]{2}\): stopping it$",
        COUNTS,
        r"^init: /bin/vmm exited with status 1$",
    ], forbid=[r"killed by", r"powered off"], status=EXIT_OK)
    check_frames(r)
    n, _ = counts(m[2])
    if n["out"] != n["in"] or n["cli"] or n["hlt"] or n["iret"]:
        r.fail("expected only the guest's ins and outs for its line")


@pytest.mark.parametrize("model", MODELS)
def test_vmm_stops_a_hung_guest(model):
    """cli; hlt would sleep for ever: the VMM says so and stops."""
    r = run(model, " hang")
    m = expect(r, [
        r"^vmm: guest said: guest: halting with interrupts off$",
        r"^vmm: guest halted with interrupts off at eip 0x[0-9a-f]{8}: "
        r"nothing can wake it, stopping it$",
        COUNTS,
        r"^init: /bin/vmm exited with status 1$",
    ], forbid=[r"killed by", r"powered off"], status=EXIT_OK)
    check_frames(r)
    n, _ = counts(m[2])
    if (n["cli"], n["sti"], n["hlt"]) != (1, 0, 1):
        r.fail("expected cli 1, sti 0, hlt 1")
