#!/usr/bin/python3
"""Writes the initrd's /etc/shadow for the default accounts.

  mkshadow.py OUT

Each line is NAME:HASH, HASH in the form of user/include/crypt.h:
$k5$ROUNDS$SALT$DIGEST, DIGEST the hex SHA-256 of SALT "$" PASSWORD,
hashed ROUNDS - 1 times more as DIGEST SALT PASSWORD (the previous
digest's bytes). The salts are fresh each build. The file is made mode
0600: only root may read it. The passwords are in the README.
"""
import hashlib
import os
import secrets
import sys

ACCOUNTS = [("root", "root"), ("alice", "alice"), ("bob", "bob")]
ROUNDS = 2000  # CRYPT_ROUNDS in user/include/crypt.h
SALT_CHARS = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
              "0123456789./")


def k5(password, salt, rounds=ROUNDS):
    """The hash of password with salt, as user/lib/crypt.c computes it."""
    pw, s = password.encode(), salt.encode()
    d = hashlib.sha256(s + b"$" + pw).digest()
    for _ in range(rounds - 1):
        d = hashlib.sha256(d + s + pw).digest()
    return "$k5$%d$%s$%s" % (rounds, salt, d.hex())


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: mkshadow.py OUT")
    lines = []
    for name, password in ACCOUNTS:
        salt = "".join(secrets.choice(SALT_CHARS) for _ in range(16))
        lines.append("%s:%s\n" % (name, k5(password, salt)))
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.writelines(lines)
    os.chmod(sys.argv[1], 0o600)


if __name__ == "__main__":
    main()
