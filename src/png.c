/* png.c: writes an SDL surface to a PNG file through libpng. */
#include "png.h"

#include <stdio.h>
#include <stdlib.h>

#include <png.h>

int png_save(SDL_Surface *s, const char *path, char *err, size_t errlen)
{
    SDL_Surface *rgb = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGB24, 0);
    if (!rgb) {
        snprintf(err, errlen, "convert: %s", SDL_GetError());
        return -1;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot write", path);
        SDL_FreeSurface(rgb);
        return -1;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    png_bytep *rows = malloc((size_t)rgb->h * sizeof *rows);
    if (!png || !info || !rows || setjmp(png_jmpbuf(png))) {
        snprintf(err, errlen, "%s: PNG write failed", path);
        png_destroy_write_struct(&png, &info);
        free(rows);
        fclose(f);
        SDL_FreeSurface(rgb);
        return -1;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)rgb->w, (png_uint_32)rgb->h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    for (int y = 0; y < rgb->h; y++) rows[y] = (png_bytep)rgb->pixels + (size_t)y * (size_t)rgb->pitch;
    png_set_rows(png, info, rows);
    png_write_png(png, info, PNG_TRANSFORM_IDENTITY, NULL);
    png_destroy_write_struct(&png, &info);
    free(rows);
    int bad = fclose(f) != 0;
    SDL_FreeSurface(rgb);
    if (bad) {
        snprintf(err, errlen, "%s: write failed", path);
        return -1;
    }
    return 0;
}
