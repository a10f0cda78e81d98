/*
 * Password hashes (user/lib/crypt.c). A hash is written
 * "$k5$ROUNDS$SALT$DIGEST": DIGEST is 64 hex digits of SHA-256, taken
 * first of SALT "$" password and then ROUNDS - 1 times more of the last
 * digest followed by SALT and the password. The salt (up to 32 letters,
 * digits, '.' or '/') makes equal passwords hash differently; the
 * rounds make each guess cost a few thousand digests.
 */
#ifndef _CRYPT_H
#define _CRYPT_H

#include <stddef.h>

#define CRYPT_ROUNDS 2000 /* for new hashes: a few ms under QEMU's TCG */
#define CRYPT_MAX    128  /* longest hash, with its NUL */

/* Hashes key with the rounds and salt of setting (a whole hash or just
 * "$k5$ROUNDS$SALT"); a static buffer, or NULL for a bad setting. */
char *crypt(const char *key, const char *setting);
/* Is key the password that hash was made from? Compares in a time that
 * does not depend on where the two first differ. */
int crypt_check(const char *key, const char *hash);
/* Writes a new setting, "$k5$CRYPT_ROUNDS$" and a fresh salt, into buf. */
void crypt_newsalt(char *buf, size_t n);

#endif
