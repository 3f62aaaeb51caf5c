/* app_read.h: "Read aloud" on the question, result and escalation screens (issue 22). */
#ifndef APP_READ_H
#define APP_READ_H

#include <stdbool.h>
#include <stddef.h>

struct app;

/* off, family, practitioner, both. */
bool read_aloud_setting_ok(const char *v);
/* The setting in words, for the staff screen. */
const char *read_aloud_label(const char *v);
/* True when this screen offers Read aloud (staff's setting, the mode, the screen). */
bool read_aloud_offered(const struct app *a);
/* Reads the screen's words, or stops when it is reading. */
void read_aloud_toggle(struct app *a);
/* Stops at once (a new screen, quick exit, the idle wipe). */
void read_aloud_stop(struct app *a);
/* Turns the button back when the words end. Returns ms until it looks again, or -1. */
long read_aloud_tick(struct app *a);
/* Steps the staff setting to the next value; what says what it became. */
void read_aloud_next_setting(struct app *a, char *what, size_t n);

#endif
