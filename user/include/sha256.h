/*
 * SHA-256 (FIPS 180-4), for the password hashes of crypt() (user/lib/
 * sha256.c). Feed bytes with sha256_update, then take the 32-byte digest.
 */
#ifndef _SHA256_H
#define _SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN 32 /* bytes in a digest */

struct sha256 {
	uint32_t h[8];	 /* the chaining state */
	uint64_t len;	 /* bytes fed so far */
	uint8_t buf[64]; /* a block not yet full */
	uint32_t used;	 /* bytes in buf */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t n);
void sha256_final(struct sha256 *s, uint8_t digest[SHA256_LEN]);
/* The digest of n bytes at data, in one call. */
void sha256(const void *data, size_t n, uint8_t digest[SHA256_LEN]);

#endif
