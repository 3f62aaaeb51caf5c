/* uuid.h: random identifiers for session rows (RFC 9562 version 7).
 *
 * 48 bits of time, then 74 random bits from libsodium. The time is the one the
 * caller passes: the kiosk passes the session's hour, so an identifier says no
 * more about when a session happened than the row already does (RFC 9562 6.1
 * allows an altered timestamp). */
#ifndef UUID_H
#define UUID_H

#include <stdint.h>

#define UUID_TEXT_LEN 37 /* 36 characters and the terminator */

/* Writes a new UUIDv7 for unix time ms as lowercase text. 0, or -1 when
 * libsodium cannot start. */
int uuid_v7(uint64_t unix_ms, char out[UUID_TEXT_LEN]);

#endif
