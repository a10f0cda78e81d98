/*
 * The password hash of /etc/shadow (the format is in <crypt.h>), built
 * on sha256.c. tools/mkshadow.py computes the same hash on the host for
 * the default accounts.
 */
#include <crypt.h>
#include <sha256.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define PREFIX	 "$k5$"
#define SALT_MAX 32

static int salt_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '.' || c == '/';
}

/* Reads "$k5$ROUNDS$SALT" at the start of setting; 0 or -1. */
static int parse_setting(const char *setting, unsigned long *rounds, char *salt)
{
	const char *p;
	char *end;
	size_t n = 0;

	if (strncmp(setting, PREFIX, strlen(PREFIX)) != 0)
		return -1;
	p = setting + strlen(PREFIX);
	*rounds = strtoul(p, &end, 10);
	if (end == p || *end != '$' || *rounds < 1 || *rounds > 1000000)
		return -1;
	for (p = end + 1; salt_char(*p) && n < SALT_MAX; p++)
		salt[n++] = *p;
	salt[n] = 0;
	return n > 0 && (*p == '$' || *p == 0) ? 0 : -1;
}

char *crypt(const char *key, const char *setting)
{
	static char out[CRYPT_MAX];
	char salt[SALT_MAX + 1];
	uint8_t d[SHA256_LEN];
	unsigned long rounds;
	struct sha256 s;
	int len;

	if (parse_setting(setting, &rounds, salt) < 0)
		return NULL;
	sha256_init(&s);
	sha256_update(&s, salt, strlen(salt));
	sha256_update(&s, "$", 1);
	sha256_update(&s, key, strlen(key));
	sha256_final(&s, d);
	for (unsigned long i = 1; i < rounds; i++) {
		sha256_init(&s);
		sha256_update(&s, d, sizeof(d));
		sha256_update(&s, salt, strlen(salt));
		sha256_update(&s, key, strlen(key));
		sha256_final(&s, d);
	}
	len = snprintf(out, sizeof(out), PREFIX "%lu$%s$", rounds, salt);
	for (int i = 0; i < SHA256_LEN; i++)
		len += snprintf(out + len, sizeof(out) - (size_t)len, "%02x",
				d[i]);
	return out;
}

int crypt_check(const char *key, const char *hash)
{
	const char *mine = crypt(key, hash);
	size_t n;
	int diff = 0;

	if (mine == NULL || (n = strlen(mine)) != strlen(hash))
		return 0;
	for (size_t i = 0; i < n; i++)
		diff |= mine[i] ^ hash[i];
	return diff == 0;
}

/* The time-stamp counter: its low bits differ from one run to the next. */
static uint32_t rdtsc_low(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return lo ^ hi;
}

void crypt_newsalt(char *buf, size_t n)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyz"
				  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./";
	uint8_t d[SHA256_LEN];
	char salt[17];
	struct {
		uint32_t tsc, pid, ms;
		time_t now;
	} seed = {rdtsc_low(), (uint32_t)getpid(), 0, time(NULL)};

	seed.ms = (uint32_t)clock();
	sha256(&seed, sizeof(seed), d);
	for (int i = 0; i < 16; i++)
		salt[i] = set[d[i] % (sizeof(set) - 1)];
	salt[16] = 0;
	snprintf(buf, n, PREFIX "%d$%s", CRYPT_ROUNDS, salt);
}
