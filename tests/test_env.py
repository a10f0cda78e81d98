"""
The environment as the shell gives it: init's PATH and HOME, export,
NAME=value (a shell variable until exported; before a command, that
command's alone), $NAME, unset, PATH search and env(1), under both
memory models.
"""

import re

from test_shell import shell  # noqa: F401 (the fixture)


def lines(out):
    """The output of a command, without the echoed command and the prompt."""
    return [l for l in out.split("\n")[1:] if not l.startswith("$ ")]


def status_of(shell, line):  # noqa: F811
    """Runs line, then /bin/echo $?; returns the whole output."""
    return shell.run(line) + shell.run("/bin/echo status $?")


def test_env_from_init(shell):  # noqa: F811
    out = lines(shell.run("env"))
    assert "PATH=/bin" in out and "HOME=/" in out, out


def test_export_and_env(shell):  # noqa: F811
    shell.run("FOO=bar")
    out = lines(shell.run("env"))
    assert not any(l.startswith("FOO=") for l in out), \
        "a shell variable is not exported: %r" % out
    assert lines(shell.run("echo $FOO ${FOO}x")) == ["bar barx"]
    shell.run("export FOO")
    assert "FOO=bar" in lines(shell.run("env"))
    shell.run("export BAZ=\"a b\"")
    assert "BAZ=a b" in lines(shell.run("env"))
    shell.run("FOO=changed")
    assert "FOO=changed" in lines(shell.run("env")), \
        "an exported variable stays exported when set again"
    shell.run("unset FOO")
    out = lines(shell.run("env"))
    assert not any(l.startswith("FOO=") for l in out), out
    assert lines(shell.run("echo [$FOO]")) == ["[]"]


def test_assignment_before_command(shell):  # noqa: F811
    assert "ONE=1" in lines(shell.run("ONE=1 env"))
    out = lines(shell.run("env"))
    assert not any(l.startswith("ONE=") for l in out), \
        "NAME=value before a command is for that command only: %r" % out


def test_env_utility(shell):  # noqa: F811
    assert lines(shell.run("env -i A=1 B=2")) == ["A=1", "B=2"]
    assert lines(shell.run("env -i X=y /bin/env")) == ["X=y"]
    out = status_of(shell, "env nosuchprogram")
    assert re.search(r"^status 127$", out, re.M), out
    out = status_of(shell, "env /etc")
    assert re.search(r"^status 126$", out, re.M), out


def test_path_search(shell):  # noqa: F811
    out = status_of(shell, "nosuchprogram")
    assert re.search(r"^status 127$", out, re.M), out
    shell.run("export PATH=/nowhere:/test")
    assert re.search(r"^status 0$",
                     status_of(shell, "exit_zero"), re.M)
    out = status_of(shell, "echo hi")
    assert re.search(r"^status 127$", out, re.M), \
        "echo is in /bin, which PATH no longer holds: %r" % out
    shell.run("/bin/echo ok")
    assert re.search(r"^x$", shell.run("PATH=/bin echo x"), re.M)
