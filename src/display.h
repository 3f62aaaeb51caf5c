/* display.h: the window and its software renderer, on screen or offscreen.
 *
 * The renderer draws into the window's own surface (SDL_CreateSoftwareRenderer),
 * so no OpenGL is involved on either path and a frame can be saved as a PNG. */
#ifndef DISPLAY_H
#define DISPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <SDL.h>

typedef struct display {
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Surface *surface;
    int w, h;
} display;

/* Starts SDL video and opens a window. With offscreen true, SDL's offscreen
 * driver is used (no display needed). 0 on success. */
int display_open(display *d, int w, int h, bool fullscreen, bool offscreen, char *err, size_t errlen);
/* After a resize, the surface and renderer are made anew. */
int display_refresh(display *d, char *err, size_t errlen);
void display_present(display *d);
void display_close(display *d);

#endif
