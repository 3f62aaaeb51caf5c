/* pin.c: Argon2id PIN hashing and the growing lockout. */
#include "pin.h"

#include <string.h>

#include <sodium.h>

/* Slow enough to make guessing 10^8 PINs from a stolen database costly, small
 * enough for a kiosk with little memory (16 MB, three passes). */
#define PIN_OPS 3
#define PIN_MEM (16u << 20)

bool pin_valid(const char *pin)
{
    size_t n = strlen(pin);
    if (n < PIN_MIN_DIGITS || n > PIN_MAX_DIGITS) return false;
    for (size_t i = 0; i < n; i++)
        if (pin[i] < '0' || pin[i] > '9') return false;
    return true;
}

int pin_hash(const char *pin, char out[PIN_HASH_BYTES])
{
    if (sodium_init() < 0 || !pin_valid(pin)) return -1;
    return crypto_pwhash_str(out, pin, strlen(pin), PIN_OPS, PIN_MEM);
}

bool pin_verify(const char *hash, const char *pin)
{
    if (sodium_init() < 0 || !pin_valid(pin)) return false;
    return crypto_pwhash_str_verify(hash, pin, strlen(pin)) == 0;
}

void pin_lock_wrong(pin_lock *l, double now_ms)
{
    l->wrong++;
    if (l->wrong < 5) return;
    double secs = 30.0;
    for (int i = 5; i < l->wrong && secs < 3600; i++) secs *= 2;
    if (secs > 3600) secs = 3600;
    l->until_ms = now_ms + secs * 1000.0;
}

void pin_lock_right(pin_lock *l) { l->wrong = 0, l->until_ms = 0; }

bool pin_locked(const pin_lock *l, double now_ms) { return now_ms < l->until_ms; }
