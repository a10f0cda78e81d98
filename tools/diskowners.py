#!/usr/bin/python3
"""Gives the disk image's files their owners, which mke2fs -d cannot.

  diskowners.py prepare TREE      before mke2fs -d TREE: the home
                                  directories, /tmp's mode 1777
  diskowners.py own TREE IMAGE    after it: every file of TREE is made
                                  root's in IMAGE, the homes their users'

mke2fs -d copies each file's owner from the host, and a build that does
not run as root cannot make its files root's, so the owners are set in
the image itself, by one debugfs -w script (set_inode_field). The modes
come from the host files: /etc/shadow is 0600 there (mkshadow.py), the
set-user-id programs 4755 (the Makefile).
"""
import os
import shutil
import subprocess
import sys

# Path in the image: (uid, gid, mode or None). The rest is root's.
OWNERS = {
    "home/alice": (1000, 1000, 0o755),
    "home/bob": (1001, 1001, 0o755),
}
STICKY = ["tmp"]  # anyone may make files there, and remove only their own


def tool(name):
    """The path of an e2fsprogs program (often in /sbin)."""
    for d in [None, "/usr/sbin", "/sbin"]:
        path = shutil.which(name, path=d) if d else shutil.which(name)
        if path:
            return path
    sys.exit("%s not found: install e2fsprogs" % name)


def prepare(tree):
    for path, (_, _, mode) in OWNERS.items():
        os.makedirs(os.path.join(tree, path), exist_ok=True)
        os.chmod(os.path.join(tree, path), mode)
    for path in STICKY:
        os.makedirs(os.path.join(tree, path), exist_ok=True)
        os.chmod(os.path.join(tree, path), 0o1777)


def own(tree, image):
    cmds = ["sif / uid 0", "sif / gid 0"]
    for root, dirs, files in os.walk(tree):
        dirs.sort()
        for name in sorted(dirs) + sorted(files):
            rel = os.path.relpath(os.path.join(root, name), tree)
            uid, gid, _ = OWNERS.get(rel, (0, 0, None))
            cmds.append("sif /%s uid %d" % (rel, uid))
            cmds.append("sif /%s gid %d" % (rel, gid))
    r = subprocess.run([tool("debugfs"), "-w", "-f", "-", image],
                       input="\n".join(cmds) + "\n", capture_output=True,
                       text=True)
    errors = [line for line in r.stderr.splitlines()
              if line and not line.startswith("debugfs ")]
    if r.returncode != 0 or errors:
        sys.exit("debugfs failed (%d): %s" % (r.returncode,
                                               "\n".join(errors[:5])))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "prepare":
        prepare(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "own":
        own(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: diskowners.py prepare TREE | own TREE IMAGE")


if __name__ == "__main__":
    main()
