/* uuid.c: UUIDv7 text from a time and the kernel's random bytes (getrandom: the source libsodium's
 * randombytes_buf reads too, without starting libsodium in every session). */
#include "uuid.h"

#include <stdio.h>
#include <sys/random.h>

int uuid_v7(uint64_t unix_ms, char out[UUID_TEXT_LEN])
{
    unsigned char b[16];
    for (int i = 0; i < 6; i++) b[i] = (unsigned char)(unix_ms >> (40 - 8 * i));
    if (getrandom(b + 6, 10, 0) != 10) return -1;
    b[6] = (unsigned char)(0x70 | (b[6] & 0x0f)); /* version 7 */
    b[8] = (unsigned char)(0x80 | (b[8] & 0x3f)); /* variant 10 */
    snprintf(out, UUID_TEXT_LEN,
             "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return 0;
}
