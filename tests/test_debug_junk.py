"""
debug=junk: kfree fills every frame it frees with 0x5a (kernel/kalloc.c),
so that memory used after it was freed reads junk instead of stale data.
It is off by default; here a set of user tests that fork, exec, share
pages copy on write, grow the stack, use pipes and signals, and the short
fuzzer run again with it on, under each memory model their headers allow.
A kernel that still used a frame it had freed (a shared page freed by one
of its sharers, a pipe buffer, a page table) would fail them.
"""

import os

import pytest

import kestrel

PROGRAMS = [
    "fork_chain", "cow_isolation", "cow_copyout", "stack_grow",
    "exec_repeat", "pipe_churn", "mm_segment_grow", "fuzz_short",
]


def cases():
    """(id, source path, mode) for each program and model it runs under."""
    out = []
    for name in PROGRAMS:
        path = os.path.join(kestrel.USER_DIR, name + ".c")
        modes = kestrel.UserTest(path).modes
        for mode in kestrel.MEMORY_MODELS:
            if mode in modes:
                out.append(("%s[%s]" % (name, mode), path, mode))
    return out


CASES = cases()


@pytest.mark.parametrize("path,mode", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_with_junk(path, mode):
    result = kestrel.run_user_test([path], mode, cmdline="debug=junk")
    if not any(line.startswith("kalloc: debug=junk") for line in
               result.lines):
        kestrel.fail("debug=junk was given, but the kernel did not say it "
                     "fills freed frames ('kalloc: debug=junk ...')")
