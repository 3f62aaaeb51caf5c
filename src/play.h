/* play.h: runs the kiosk from a script of taps with no display, on a virtual
 * clock, checking what is on screen and saving PNGs.
 *
 * Script lines: tap "Label" | tap X Y | hold X Y MS | back | quick-exit | wait MS | area ID | mode M |
 * shot NAME | expect "text" | expect-not "text" | screen NAME | # comment. */
#ifndef PLAY_H
#define PLAY_H

#include <stddef.h>

#include "options.h"

typedef struct play_result {
    int steps, shots;
    char screen[32];          /* the screen at the end */
    char error[2048];         /* "SCRIPT:LINE: message" when it failed */
} play_result;

struct app;
struct display;

/* Runs the script text (name is used in messages). Writes DIR/NAME.png for
 * each shot when out_dir is not NULL. 0 when every step passed. */
int play_run(const char *name, const char *script, const options *o, const char *out_dir, play_result *res);

/* The steps of play_run on an app the caller has set up, from its current
 * state, on the virtual clock *now_ms (advanced). d is used only for shots and
 * may be NULL, as may out_dir. The fuzzer runs many scripts on one app this way. */
int play_exec(struct app *a, struct display *d, double *now_ms, const char *name, const char *script,
              const char *out_dir, play_result *res);

#endif
