/* blake2b.h: BLAKE2b (RFC 7693), unkeyed, for the rule pack's version and file hashes.
 *
 * The same digests as libsodium's crypto_generichash, which the kiosk no longer needs to start (and
 * map, some 0.23 MB) just to hash its own pack: libsodium stays for signatures and PINs, which only a
 * signed pack or a staff sign-in uses. tests/test_packs.c checks the two agree. */
#ifndef RIGHTHELP_BLAKE2B_H
#define RIGHTHELP_BLAKE2B_H

#include <stddef.h>
#include <stdint.h>

#define BLAKE2B_OUT_MAX 64

typedef struct blake2b_state {
    uint64_t h[8];
    uint64_t t[2];            /* bytes hashed so far, 128 bits */
    unsigned char buf[128];
    size_t buflen;
    size_t outlen;
} blake2b_state;

/* outlen from 1 to BLAKE2B_OUT_MAX bytes; 0 on success, -1 for an outlen out of range. */
int blake2b_init(blake2b_state *s, size_t outlen);
void blake2b_update(blake2b_state *s, const void *in, size_t len);
void blake2b_final(blake2b_state *s, unsigned char *out);
/* All at once: out gets outlen bytes. */
int blake2b(unsigned char *out, size_t outlen, const void *in, size_t len);
/* Bytes as lowercase hexadecimal: hex holds 2 * n + 1 chars. */
void blake2b_hex(char *hex, const unsigned char *bytes, size_t n);

#endif
