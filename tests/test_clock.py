"""
The wall clock: the kernel reads the RTC at boot (kernel/rtc.c) and counts
on with the timer; /bin/date prints it. QEMU's -rtc base= sets the date
the guest's RTC starts from, so the expected output is known.
"""

import re

import pytest

import kestrel

BASE = "2001-09-09T01:46:40"  # Unix time 1000000000, a Sunday
EPOCH = 1000000000


@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_date_follows_the_rtc(mode):
    r = kestrel.boot("quiet mm=%s init=/bin/date" % mode,
                     extra=["-rtc", "base=" + BASE])
    text = r.text
    m = re.search(r"^Sun Sep  9 01:(\d\d):(\d\d) UTC 2001$", text, re.M)
    assert m, ("date did not print Sun Sep  9 01:4x:xx UTC 2001 for an RTC "
               "started at %s:\n%s" % (BASE, r.report("date")))
    secs = (int(m[1]) - 46) * 60 + int(m[2]) - 40
    assert 0 <= secs < 60, "date is %d s off the RTC's start" % secs


def test_date_formats_with_strftime():
    r = kestrel.boot("quiet init=/bin/date +%s|%F|%j",
                     extra=["-rtc", "base=" + BASE])
    m = re.search(r"^(\d+)\|2001-09-09\|252$", r.text, re.M)
    assert m, "date +%%s|%%F|%%j printed no such line:\n%s" % r.report(
        "date")
    assert EPOCH <= int(m[1]) < EPOCH + 60, (
        "date +%%s is %s, not within a minute of %d" % (m[1], EPOCH))
