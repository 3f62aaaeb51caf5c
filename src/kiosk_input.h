/* kiosk_input.h: what the running kiosk does with one SDL event. Touches and
 * clicks go to the app; in kiosk mode nothing from the screen or the keyboard
 * (closing the window, Alt+F4, Ctrl+Esc, ...) ends the program: only a signal
 * from the system (systemctl stop) does, and the staff gesture is the only way
 * to settings. Apart from the loop so tests can feed it real SDL events. */
#ifndef KIOSK_INPUT_H
#define KIOSK_INPUT_H

#include <stdbool.h>
#include <SDL.h>

#include "app.h"
#include "display.h"

/* Call once the window is open: in kiosk mode the pointer is hidden (a
 * touchscreen has none, and an arrow would show where the last touch was). */
void kiosk_input_begin(bool kiosk);
/* Applies ev; false when the program should end (never in kiosk mode). */
bool kiosk_input(app *a, display *d, bool kiosk, const SDL_Event *ev, double now_ms);

#endif
