/* minisign.h: checking a signature made by minisign (Debian's 'minisign'),
 * with libsodium; the partnership signs on an offline machine, the kiosk only verifies.
 *
 * The format (minisign's own source): a public key is base64 of "Ed" + key id (8) +
 * Ed25519 key (32). A .minisig file is four lines: "untrusted comment: ...", base64
 * of "ED" + key id (8) + Ed25519 signature (64) over BLAKE2b-512 of the file,
 * "trusted comment: TEXT", and base64 of the global signature (64) over the first
 * signature followed by TEXT. Only the prehashed "ED" kind is accepted: the legacy
 * "Ed" kind (minisign -l) is refused, as minisign 0.11 itself refuses it by default. */
#ifndef MINISIGN_H
#define MINISIGN_H

#include <stddef.h>

#define MINISIGN_KEYID_BYTES 8
#define MINISIGN_COMMENT_MAX 1024

typedef struct minisign_key {
    unsigned char id[MINISIGN_KEYID_BYTES];
    unsigned char pk[32];
} minisign_key;

/* Parses the base64 line of a public key (what 'minisign -G' prints, the second
 * line of minisign.pub). 0 on success. */
int minisign_key_parse(minisign_key *k, const char *b64, char *err, size_t errlen);
/* Reads a minisign.pub file. 0 on success. */
int minisign_key_read(minisign_key *k, const char *path, char *err, size_t errlen);
/* The key id as minisign prints it (16 upper-case hex digits). */
void minisign_key_id_hex(const unsigned char id[MINISIGN_KEYID_BYTES], char out[17]);

/* Verifies sig_text (a whole .minisig file) over msg with whichever of keys
 * made it, signature first and then the trusted comment, which is copied into
 * trusted (it is only trustworthy after a 0 return). 0 when both verify; -1 with
 * one line in err otherwise. */
int minisign_verify(const unsigned char *msg, size_t len, const char *sig_text, const minisign_key *keys, int nkeys,
                    char *trusted, size_t trusted_len, char *err, size_t errlen);

#endif
