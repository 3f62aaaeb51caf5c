/* render.h: turns a ui's drawing commands into pixels with an SDL renderer.
 * Knows nothing of screens or rules. */
#ifndef RENDER_H
#define RENDER_H

#include <SDL.h>

#include "ui.h"

/* Draws u; a pressed button gets a focus frame (feedback within the frame). */
void render_ui(SDL_Renderer *ren, text *tx, const ui *u, uint32_t background, uint32_t focus);

#endif
