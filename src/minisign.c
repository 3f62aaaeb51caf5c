/* minisign.c: minisign's public keys and signatures, verified with libsodium. */
#include "minisign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "util.h"

#define SIG_BYTES 64

/* Base64 (the original alphabet, with padding, as minisign writes it) into
 * exactly n bytes. 0 on success. */
static int unbase64(unsigned char *out, size_t n, const char *b64, size_t b64len)
{
    size_t got = 0;
    if (sodium_base642bin(out, n, b64, b64len, NULL, &got, NULL, sodium_base64_VARIANT_ORIGINAL) != 0) return -1;
    return got == n ? 0 : -1;
}

int minisign_key_parse(minisign_key *k, const char *b64, char *err, size_t errlen)
{
    unsigned char raw[2 + MINISIGN_KEYID_BYTES + 32];
    size_t len = strlen(b64);
    while (len && (b64[len - 1] == '\n' || b64[len - 1] == '\r' || b64[len - 1] == ' ')) len--;
    if (sodium_init() < 0 || unbase64(raw, sizeof raw, b64, len) != 0) {
        snprintf(err, errlen, "not a minisign public key (expected the base64 line that 'minisign -G' prints)");
        return -1;
    }
    if (memcmp(raw, "Ed", 2) != 0) {
        snprintf(err, errlen, "not an Ed25519 minisign public key");
        return -1;
    }
    memcpy(k->id, raw + 2, MINISIGN_KEYID_BYTES);
    memcpy(k->pk, raw + 2 + MINISIGN_KEYID_BYTES, 32);
    return 0;
}

int minisign_key_read(minisign_key *k, const char *path, char *err, size_t errlen)
{
    char e[256];
    char *text = util_read_file(path, NULL, e, sizeof e);
    if (!text) {
        snprintf(err, errlen, "%s", e);
        return -1;
    }
    /* "untrusted comment: ..." then the key; a bare key line is accepted too. */
    char *line = text;
    if (!strncmp(line, "untrusted comment: ", 19)) {
        char *nl = strchr(line, '\n');
        line = nl ? nl + 1 : line + strlen(line);
    }
    char *nl = strchr(line, '\n');
    if (nl) *nl = 0;
    int rc = minisign_key_parse(k, line, e, sizeof e);
    if (rc) snprintf(err, errlen, "%s: %s", path, e);
    free(text);
    return rc;
}

void minisign_key_id_hex(const unsigned char id[MINISIGN_KEYID_BYTES], char out[17])
{
    /* minisign prints the id as a little-endian 64-bit number. */
    for (int i = 0; i < MINISIGN_KEYID_BYTES; i++) snprintf(out + 2 * i, 3, "%02X", id[MINISIGN_KEYID_BYTES - 1 - i]);
}

/* The next line of text from *p (without its "\n" or "\r\n"), or NULL at the end. */
static const char *next_line(const char **p, size_t *len)
{
    const char *s = *p;
    if (!*s) return NULL;
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    *p = nl ? nl + 1 : s + n;
    if (n && s[n - 1] == '\r') n--;
    *len = n;
    return s;
}

int minisign_verify(const unsigned char *msg, size_t len, const char *sig_text, const minisign_key *keys, int nkeys,
                    char *trusted, size_t trusted_len, char *err, size_t errlen)
{
    trusted[0] = 0;
    if (sodium_init() < 0) {
        snprintf(err, errlen, "libsodium failed to start");
        return -1;
    }
    const char *p = sig_text, *l[4];
    size_t n[4];
    for (int i = 0; i < 4; i++)
        if (!(l[i] = next_line(&p, &n[i]))) {
            snprintf(err, errlen, "the signature file is cut short (a minisign signature has four lines)");
            return -1;
        }
    static const char untrusted[] = "untrusted comment: ", tc[] = "trusted comment: ";
    if (n[0] < sizeof untrusted - 1 || memcmp(l[0], untrusted, sizeof untrusted - 1)) {
        snprintf(err, errlen, "not a minisign signature (no untrusted comment line)");
        return -1;
    }
    unsigned char sig[2 + MINISIGN_KEYID_BYTES + SIG_BYTES], global[SIG_BYTES];
    if (unbase64(sig, sizeof sig, l[1], n[1]) != 0) {
        snprintf(err, errlen, "not a minisign signature (its second line is not a signature)");
        return -1;
    }
    if (!memcmp(sig, "Ed", 2)) {
        snprintf(err, errlen, "a legacy minisign signature (minisign -l): sign again without -l");
        return -1;
    }
    if (memcmp(sig, "ED", 2)) {
        snprintf(err, errlen, "an unknown minisign signature algorithm");
        return -1;
    }
    if (n[2] < sizeof tc - 1 || memcmp(l[2], tc, sizeof tc - 1)) {
        snprintf(err, errlen, "the signature has no trusted comment line");
        return -1;
    }
    size_t tlen = n[2] - (sizeof tc - 1);
    const char *tstart = l[2] + sizeof tc - 1;
    if (tlen >= trusted_len || tlen >= MINISIGN_COMMENT_MAX || memchr(tstart, '\r', tlen) || memchr(tstart, 0, tlen)) {
        snprintf(err, errlen, "the trusted comment is too long or malformed");
        return -1;
    }
    if (unbase64(global, sizeof global, l[3], n[3]) != 0) {
        snprintf(err, errlen, "not a minisign signature (its fourth line is not a signature)");
        return -1;
    }
    const minisign_key *k = NULL;
    for (int i = 0; i < nkeys; i++)
        if (!memcmp(keys[i].id, sig + 2, MINISIGN_KEYID_BYTES)) k = &keys[i];
    if (!k) {
        char hex[17];
        minisign_key_id_hex(sig + 2, hex);
        snprintf(err, errlen, "signed with key %s, which is not a trusted key", hex);
        return -1;
    }
    unsigned char h[crypto_generichash_BYTES_MAX];
    crypto_generichash(h, sizeof h, msg, len, NULL, 0);
    if (crypto_sign_verify_detached(sig + 2 + MINISIGN_KEYID_BYTES, h, sizeof h, k->pk) != 0) {
        snprintf(err, errlen, "the signature does not match the file (changed after signing, or a forged signature)");
        return -1;
    }
    unsigned char both[SIG_BYTES + MINISIGN_COMMENT_MAX];
    memcpy(both, sig + 2 + MINISIGN_KEYID_BYTES, SIG_BYTES);
    memcpy(both + SIG_BYTES, tstart, tlen);
    if (crypto_sign_verify_detached(global, both, SIG_BYTES + tlen, k->pk) != 0) {
        snprintf(err, errlen, "the trusted comment was changed after signing");
        return -1;
    }
    memcpy(trusted, tstart, tlen);
    trusted[tlen] = 0;
    return 0;
}
