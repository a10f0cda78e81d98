"""
Self-describing user programs: every tests/user/NAME.c (and, with
SUITE=DIR, every DIR/NAME.c too) is one case, user/NAME. The header
comments say what to expect; see README.md "Adding a test" and
kestrel.UserTest for the keys. The kernel runs init=/test/NAME ARGS.
"""

import pytest

import kestrel

# A missing directory, or one with no NAME.c, raises DiscoveryError here:
# the run stops with an error that names the directory instead of passing
# with nothing tested (test_harness.py::test_empty_discovery_fails_the_run).
CASES = kestrel.user_cases()


@pytest.mark.parametrize("paths,mode", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_user(paths, mode):
    kestrel.run_user_test(paths, mode)
