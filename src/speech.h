/* speech.h: reads a screen's words aloud with eSpeak NG, through SDL audio (issue 22).
 *
 * The library is opened on first use (dlopen), so a kiosk with read aloud off maps none of
 * it. Speech is made on a thread of its own and queued to the audio device as it comes, so
 * the screen never waits; speech_stop ends it at once (quick exit, idle wipe, a new screen).
 * No network: eSpeak NG speaks from the voices Debian installs with it. */
#ifndef SPEECH_H
#define SPEECH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct speech speech;

speech *speech_new(void);
/* Stops any speech and closes the audio device. */
void speech_free(speech *s);
/* Starts reading text in the language lang ("en", "es", "fr", "ar"), after stopping what was being
 * read. Returns 0, or -1 with why in err (no eSpeak NG, no voice, no audio device). */
int speech_say(speech *s, const char *lang, const char *text, char *err, size_t errlen);
/* Stops at once: nothing more is made or heard. Safe to call when nothing is being read. */
void speech_stop(speech *s);
/* True while words are still being made or are waiting to be heard. */
bool speech_active(speech *s);
/* Milliseconds from the last speech_say to its first sound (its first samples queued), or -1. */
double speech_first_sound_ms(speech *s);

/* Makes the whole of text as 16-bit mono samples without playing it (tests, bench): *pcm is
 * malloc'd (free it), *rate is samples per second. Returns 0, or -1 with why in err. */
int speech_render(const char *lang, const char *text, short **pcm, size_t *nsamples, int *rate,
                  char *err, size_t errlen);
/* True when eSpeak NG can be opened here (it is loaded to find out). */
bool speech_available(char *err, size_t errlen);

#endif
