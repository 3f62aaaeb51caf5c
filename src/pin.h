/* pin.h: the staff PIN, kept only as a salted, slow Argon2id hash (libsodium
 * crypto_pwhash_str), and the lockout after wrong tries. */
#ifndef PIN_H
#define PIN_H

#include <stdbool.h>
#include <stddef.h>

#define PIN_HASH_BYTES 128
#define PIN_MIN_DIGITS 4
#define PIN_MAX_DIGITS 8

/* A PIN is 4 to 8 digits. */
bool pin_valid(const char *pin);
int pin_hash(const char *pin, char out[PIN_HASH_BYTES]);
bool pin_verify(const char *hash, const char *pin);

typedef struct pin_lock {
    int wrong;              /* wrong tries in a row */
    double until_ms;        /* locked until then */
} pin_lock;

/* After five wrong tries in a row, each further wrong try locks for twice as
 * long as the last: 30 s, 60 s, 120 s ... (at most an hour). */
void pin_lock_wrong(pin_lock *l, double now_ms);
void pin_lock_right(pin_lock *l);
bool pin_locked(const pin_lock *l, double now_ms);

#endif
