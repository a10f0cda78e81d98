"""
grep at the console, as a student types it: in pipelines with cat, ls
and echo, on the files in /etc, and its exit status as the shell sees it
(exit with no argument passes the last status on to init, which reports
it), under both memory models. tests/user/grep_cmd.c checks each option
on its own.
"""

import re

import pytest

import kestrel
from test_shell import Session


@pytest.fixture(params=kestrel.ALL_MODES)
def shell(request):
    s = Session("quiet mm=%s" % request.param)
    s.read_until(r"^\$ ")
    yield s
    s.close()


def output(shell, line):
    """Runs line; returns the lines it printed (not the echo, not $)."""
    lines = shell.run(line).split("\n")
    return lines[1:-1]


def test_grep_in_pipelines(shell):
    got = output(shell, 'cat /etc/numbers.txt | grep -E "^[0-9]{2}$" | '
                 "grep -v 5")
    assert got == ["13", "21", "34", "89"], got
    # ls -l /bin: one line a program, "-rwxr-xr-x ... NAME".
    bins = [w for w in output(shell, "ls -l /bin") if w.startswith("-")]
    assert any(w.endswith(" grep") for w in bins), bins
    got = output(shell, 'ls -l /bin | grep -c "^-r.x"')
    assert got == [str(len(bins))], (got, len(bins))
    got = output(shell, "grep -n Try /etc/motd")
    assert len(got) == 1 and re.match(r"3:Try: ls", got[0]), got
    got = output(shell, 'echo "a|b" x | grep -i "A|B" | cat')
    assert got == ["a|b x"], got
    got = output(shell, "echo one two | grep -E -v \"one|two\"")
    assert got == [], got


@pytest.mark.parametrize("line,status", [
    ("grep -q 89 /etc/numbers.txt", 0),
    ("grep -q 7 /etc/numbers.txt", 1),
    ("grep 1 /etc/nope", 2),
])
def test_grep_exit_status(shell, line, status):
    shell.run(line)
    shell.type("exit\r")
    shell.read_until(r"init: shell exited \(status %d\), restarting" %
                     status)
    shell.read_until(r"^\$ ")
