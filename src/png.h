/* png.h: saves what the screen shows as a PNG (libpng). */
#ifndef PNG_SAVE_H
#define PNG_SAVE_H

#include <stddef.h>
#include <SDL.h>

int png_save(SDL_Surface *s, const char *path, char *err, size_t errlen);

#endif
