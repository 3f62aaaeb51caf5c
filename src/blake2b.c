/* blake2b.c: BLAKE2b as RFC 7693 specifies it (sections 2 and 3), for little-endian and big-endian
 * machines alike (words are read and written byte by byte). */
#include "blake2b.h"

#include <string.h>

static const uint64_t IV[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

/* The message word schedule of each round (RFC 7693 section 2.7); rounds 10 and 11 repeat 0 and 1. */
static const unsigned char SIGMA[12][16] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
    { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
    { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
    { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
    { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
    { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
    { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
    { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
    { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
    { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
    { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
};

static uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static uint64_t load64(const unsigned char *p)
{
    uint64_t w = 0;
    for (int i = 7; i >= 0; i--) w = (w << 8) | p[i];
    return w;
}

/* The mixing function G (section 3.1) on four words of the working vector. */
static void mix(uint64_t v[16], int a, int b, int c, int d, uint64_t x, uint64_t y)
{
    v[a] = v[a] + v[b] + x;
    v[d] = rotr(v[d] ^ v[a], 32);
    v[c] = v[c] + v[d];
    v[b] = rotr(v[b] ^ v[c], 24);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr(v[d] ^ v[a], 16);
    v[c] = v[c] + v[d];
    v[b] = rotr(v[b] ^ v[c], 63);
}

/* The compression function F (section 3.2) on the 128-byte block in s->buf. */
static void compress(blake2b_state *s, int last)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++) m[i] = load64(s->buf + 8 * i);
    for (int i = 0; i < 8; i++) {
        v[i] = s->h[i];
        v[i + 8] = IV[i];
    }
    v[12] ^= s->t[0];
    v[13] ^= s->t[1];
    if (last) v[14] = ~v[14];
    for (int r = 0; r < 12; r++) {
        const unsigned char *z = SIGMA[r];
        mix(v, 0, 4, 8, 12, m[z[0]], m[z[1]]);
        mix(v, 1, 5, 9, 13, m[z[2]], m[z[3]]);
        mix(v, 2, 6, 10, 14, m[z[4]], m[z[5]]);
        mix(v, 3, 7, 11, 15, m[z[6]], m[z[7]]);
        mix(v, 0, 5, 10, 15, m[z[8]], m[z[9]]);
        mix(v, 1, 6, 11, 12, m[z[10]], m[z[11]]);
        mix(v, 2, 7, 8, 13, m[z[12]], m[z[13]]);
        mix(v, 3, 4, 9, 14, m[z[14]], m[z[15]]);
    }
    for (int i = 0; i < 8; i++) s->h[i] ^= v[i] ^ v[i + 8];
}

int blake2b_init(blake2b_state *s, size_t outlen)
{
    if (outlen == 0 || outlen > BLAKE2B_OUT_MAX) return -1;
    memset(s, 0, sizeof *s);
    memcpy(s->h, IV, sizeof IV);
    s->h[0] ^= 0x01010000ULL ^ outlen; /* parameter block: depth 1, fanout 1, no key, outlen */
    s->outlen = outlen;
    return 0;
}

void blake2b_update(blake2b_state *s, const void *in, size_t len)
{
    const unsigned char *p = in;
    while (len > 0) {
        /* A full buffer is compressed only once more input comes: the last block is flagged in final. */
        if (s->buflen == sizeof s->buf) {
            s->t[0] += sizeof s->buf;
            if (s->t[0] < sizeof s->buf) s->t[1]++;
            compress(s, 0);
            s->buflen = 0;
        }
        size_t n = sizeof s->buf - s->buflen;
        if (n > len) n = len;
        memcpy(s->buf + s->buflen, p, n);
        s->buflen += n;
        p += n;
        len -= n;
    }
}

void blake2b_final(blake2b_state *s, unsigned char *out)
{
    s->t[0] += s->buflen;
    if (s->t[0] < s->buflen) s->t[1]++;
    memset(s->buf + s->buflen, 0, sizeof s->buf - s->buflen);
    compress(s, 1);
    for (size_t i = 0; i < s->outlen; i++) out[i] = (unsigned char)(s->h[i / 8] >> (8 * (i % 8)));
    memset(s, 0, sizeof *s);
}

int blake2b(unsigned char *out, size_t outlen, const void *in, size_t len)
{
    blake2b_state s;
    if (blake2b_init(&s, outlen) != 0) return -1;
    blake2b_update(&s, in, len);
    blake2b_final(&s, out);
    return 0;
}

void blake2b_hex(char *hex, const unsigned char *bytes, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = digits[bytes[i] >> 4];
        hex[2 * i + 1] = digits[bytes[i] & 15];
    }
    hex[2 * n] = 0;
}
