"""
Users at the console (issue 15): booted without login=no, init runs
/bin/login; a wrong password and an unknown name get the same answer;
the password is not echoed; alice's shell runs as alice, ps shows her
as the owner, she may neither
read /etc/shadow nor power off; su with root's password gives a root
shell that may; /bin/restrict runs a command under an allow-list and the
kernel names the refused call. Under both memory models. The C tests
tests/user/users_*.c check the rules one by one.
"""
import re

import pytest

import kestrel
from test_shell import Session


def login(s, name, password):
    """Answers login's two questions."""
    s.read_until(r"login: $")
    s.type(name + "\r")
    s.read_until(r"Password: $")
    s.type(password + "\r")


@pytest.fixture(params=kestrel.ALL_MODES)
def console(request):
    s = Session("quiet mm=%s login=yes" % request.param)
    yield s
    s.close()


def test_login_as_alice(console):
    s = console
    login(s, "nosuchuser", "alice")
    unknown = s.read_until(r"^Login incorrect$").group(0)
    login(s, "alice", "wrong")
    wrong = s.read_until(r"^Login incorrect$").group(0)
    assert unknown == wrong
    start = len(s.out)
    login(s, "alice", "alice")
    s.read_until(r"^\$ ")
    assert "Password: alice" not in s.out[start:], \
        "the password was echoed: " + s.out[start:]
    assert "alice" in s.run("whoami")
    assert "uid=1000(alice) gid=1000(alice)" in s.run("id")
    out = s.run("ps")
    assert re.search(r"\balice\s+ps$", out, re.M), out
    assert re.search(r"\broot\s+init$", out, re.M), out
    out = s.run("cat /etc/shadow")
    assert "root:$k5$" not in out and "denied" in out, out
    out = s.run("halt")
    assert "halt: Operation not permitted" in out, out
    out = s.run("kill 1")
    assert "not permitted" in out, out


def test_restrict_command(console):
    s = console
    login(s, "alice", "alice")
    s.read_until(r"^\$ ")
    out = s.run("restrict read,write,exit -- cat /etc/motd")
    assert "system call open refused (sysrestrict)" in out, out
    out = s.run("restrict -k read,write -- cat /etc/motd")
    assert "open refused (sysrestrict): killed by SIGSYS" in out, out


def test_su_root_halts(console):
    s = console
    login(s, "bob", "bob")
    s.read_until(r"^\$ ")
    s.type("su\r")
    s.read_until(r"Password: $")
    s.type("root\r")
    s.read_until(r"^\$ ")
    assert "uid=0(root) gid=0(root)" in s.run("id")
    s.type("halt\r")
    s.read_until(r"^kernel: halted by halt")


@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_trace_shows_refused_call(mode):
    r = kestrel.boot("quiet mm=%s init=/bin/trace restrict read,write,exit "
                     "-- cat /etc/motd" % mode)
    kestrel.expect(r, [r'^sysrestrict\("read,write,exit", 2\) = 0$',
                       r'^execve\("/bin/cat", ',
                       r"^pid \d+ \(cat\): system call open refused "
                       r"\(sysrestrict\)$",
                       r'^open\("/etc/motd", O_RDONLY\) = -1 EPERM',
                       r"^cat: /etc/motd: Operation not permitted$"])


def test_chown_command(tmp_path):
    script = ("touch /tmp/f\nchown alice:users /tmp/f\nls -l /tmp\n"
              "chown :bob /tmp/f\nls -l /tmp\nchown nosuch /tmp/f\n"
              "ls -l /home\n")
    img = kestrel.make_disk(str(tmp_path / "disk.img"), tests=[],
                            files={"home/script": script.encode()})
    r = kestrel.boot("quiet init=/bin/sh /home/script",
                     extra=kestrel.disk_args(img))
    kestrel.expect(r, [r"^-rw-r--r-- +1 +1000 +100 .* f$",
                       r"^-rw-r--r-- +1 +1000 +1001 .* f$",
                       r"^chown: no user nosuch$",
                       r"^drwxr-xr-x +\d+ +1000 +1000 .* alice$",
                       r"^drwxr-xr-x +\d+ +1001 +1001 .* bob$"])
