"""
Ordinary C programs, written for any Unix and not for kestrel
(tests/corpus/*.c), built unmodified with tools/kcc -Wall and run on
kestrel: each must print exactly what the same source prints when built
by the host's gcc against glibc and run on the same input. Together they
use stdio streams on files, getline, getopt, qsort, <regex.h>, strtod,
strtol, printf's %f %e %g with widths and precisions, <math.h>, setjmp,
strtok_r, fseek/ftell and getenv (issue 13's "done when"); nftw and
fnmatch, hsearch and tsearch, POSIX threads, and wide characters.
"""

import os
import random
import shlex
import shutil
import subprocess

import pytest

import kestrel

CORPUS = os.path.join(kestrel.ROOT, "tests", "corpus")
KCC = os.path.join(kestrel.ROOT, "tools", "kcc")


def text_input():
    words = ("the quick brown fox jumps over the lazy dog It's a dog's "
             "life THE End fox Fox 42 x").split()
    rng = random.Random(13)
    return "".join(" ".join(rng.choice(words) for _ in range(rng.randint(
        0, 12))) + "\n" for _ in range(300))


def numbers_input():
    rng = random.Random(7)
    lines = ["%.6g %d" % (rng.uniform(-1000, 1000), rng.randint(-50, 50))
             for _ in range(200)]
    return "\n".join(lines + ["1e3 2.5e-3 0x10 -0.0", "7 oops", ""])


DATA = {
    "words.txt": text_input(),
    "numbers.txt": numbers_input(),
    "exprs.txt": "1 + 2 * 3\n(1 + 2) * 3\n2 ^ 3 ^ 2\n-4 % 3\n"
                 "sqrt(2)\n1 / 3\n10 / (5 - 5)\nsin(0.5) + cos(0.5)\n"
                 "exp(1)\nlog(10) * 2\n1e300 * 1e10\n3 +\n2 * (3\n"
                 "fabs(-2.5e-3)\n# a comment\n7 % 2.5\n",
    "items.csv": "widget,12,3.50\ngadget,3,19.99\nsprocket,100,0.25\n"
                 "doohickey,7,12\nbad line\nthing,x,1\nwhatsit,0,99.95\n"
                 "gizmo,42,1.125\n",
    "grades.csv": "ann,91.5\nbob,77\ncarol,88.25\ndave,62\nanna,95\n"
                  "bad line\nbert,77\nzed,x\nalan,100\n",
    "binary.dat": bytes(range(256)) * 3 + b"\0" * 64 + b"tail text\n",
}

# (program, arguments as the shell reads them, standard input or None,
# and optionally environment variables for the command): run from /data.
CASES = [
    ("wordfreq", "words.txt", None),
    ("wordfreq", "-i -n 5 words.txt", None),
    ("wordfreq", "-n 3", "words.txt"),
    ("stats", "", "numbers.txt"),
    ("rgrep", "-n fox words.txt", None),
    ("rgrep", "-c -i -E '^(the|a) ' words.txt", None),
    ("rgrep", "-o -E '[0-9]+' items.csv", None),
    ("rgrep", "-v -E '[a-z]' numbers.txt", None),
    ("rgrep", "-E '^[a-z]+,[0-9]{2,},' items.csv words.txt", None),
    ("rgrep", "'^w.*t,[0-9]*,\\([0-9]\\)' items.csv", None),
    ("calc", "", "exprs.txt"),
    ("table", "", "items.csv"),
    ("table", "-r -k price", "items.csv"),
    ("table", "-k qty", "items.csv"),
    ("grades", "grades.csv", None),
    ("grades", "-m '^a' grades.csv", None, {"GRADES_TITLE": "Midterm"}),
    ("grades", "-m '^(b|c)' grades.csv", None, {"GRADES_TITLE": "B and C"}),
    ("hexdump", "binary.dat", None),
    ("hexdump", "-s 250 -n 40 binary.dat", None),
    ("findname", ". '*.txt' '*.csv'", None),
    ("findname", "-i . 'W*' 'I*' '*.[cd]??'", None),
    ("wordtree", "-m 20 words.txt", None),
    ("wordtree", "", "exprs.txt"),
    ("pcount", "words.txt", None),
    ("pcount", "-t 5 binary.dat", None),
    ("widecase", "", "words.txt"),
    ("widecase", "", "binary.dat"),
]


def programs():
    return sorted(f[:-2] for f in os.listdir(CORPUS) if f.endswith(".c"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each program built both ways: {name: (host binary, kestrel one)}."""
    out = tmp_path_factory.mktemp("corpus")
    result = {}
    for name in programs():
        src = os.path.join(CORPUS, name + ".c")
        host = str(out / ("host-" + name))
        kes = str(out / name)
        r = subprocess.run(["gcc", "-O2", "-o", host, src, "-lm"],
                           capture_output=True, text=True)
        assert r.returncode == 0, "host gcc: %s" % r.stderr
        r = subprocess.run([KCC, "-O2", "-Wall", "-o", kes, src],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, "tools/kcc -Wall %s.c:\n%s" % (name,
                                                                  r.stderr)
        assert "warning" not in r.stderr, (
            "kcc warned where gcc with glibc does not:\n" + r.stderr)
        result[name] = (host, kes)
    return out, result


def host_output(host, args, stdin, datadir, env=None):
    fin = open(os.path.join(datadir, stdin), "rb") if stdin else None
    try:
        r = subprocess.run([host] + shlex.split(args), cwd=datadir, stdin=fin,
                           capture_output=True, timeout=60,
                           env=dict({"PATH": "/bin", "HOME": "/"},
                                    **(env or {})))
    finally:
        if fin:
            fin.close()
    return (r.stdout.decode("latin-1").splitlines(),
            r.stderr.decode("latin-1").splitlines())


def test_corpus_matches_host(built, tmp_path):
    out, bins = built
    datadir = tmp_path / "data"
    datadir.mkdir()
    for name, content in DATA.items():
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(datadir / name, mode) as f:
            f.write(content)
    script = ["cd /data"]
    for i, (prog, args, stdin, *env) in enumerate(CASES):
        script.append("echo ==== case %d" % i)
        assigns = "".join("%s='%s' " % kv for kv in (env[0] if env else
                                                      {}).items())
        script.append("%s/bin/%s %s%s" % (assigns, prog, args,
                                          " < " + stdin if stdin else ""))
    script.append("echo ==== end")
    (datadir / "run.sh").write_text("\n".join(script) + "\n")
    tree = tmp_path / "initrd"
    shutil.copytree(os.path.join(kestrel.ROOT, "build", "initrd"), tree,
                    ignore=lambda d, names: names if d.endswith("/test")
                    else [])
    for name, (_, kes) in bins.items():
        shutil.copy(kes, tree / "bin" / name)
    shutil.copytree(datadir, tree / "data")
    files = sorted(str(p.relative_to(tree)) for p in tree.rglob("*"))
    cpio = tmp_path / "initrd.cpio"
    with open(cpio, "wb") as f:
        subprocess.run(["cpio", "--quiet", "-o", "-H", "newc"], cwd=tree,
                       input="\n".join(files).encode(), stdout=f,
                       check=True)
    r = kestrel.boot("quiet init=/bin/sh /data/run.sh", timeout=120,
                     extra=["-initrd", str(cpio)])
    kestrel.expect(r, [r"^==== end$"], forbid=[r"^PANIC"])
    # Split kestrel's console into the cases' outputs.
    got, cur = {}, None
    for line in r.lines:
        if line.startswith("==== case "):
            cur = int(line.split()[2])
            got[cur] = []
        elif line == "==== end":
            cur = None
        elif cur is not None:
            got[cur].append(line)
    bad = []
    for i, (prog, args, stdin, *env) in enumerate(CASES):
        want, errs = host_output(bins[prog][0], args, stdin, str(datadir),
                                 env[0] if env else None)
        # On kestrel's console standard error comes in among the lines;
        # the host's stderr lines must be there too, and are set aside.
        mine = list(got.get(i, []))
        missing = [e for e in errs if e not in mine]
        for e in errs:
            if e in mine:
                mine.remove(e)
        if mine != want or missing:
            bad.append("%s %s%s:\n  kestrel: %r\n  glibc:   %r%s" % (
                prog, args, " < " + stdin if stdin else "",
                mine[:8], want[:8],
                "\n  stderr missing: %r" % missing if missing else ""))
    assert not bad, "%d of %d cases differ:\n%s" % (len(bad), len(CASES),
                                                   "\n".join(bad))
