/* floor.c: the least a kiosk like ours can do to show its first screen, the
 * program shared/notes/kiosk.md measured: SDL2 with the software renderer, one
 * font, a dozen lines of text, Lua and SQLite opened, one frame presented. 'make
 * bench' times it beside the kiosk in the same run, so the figure to read is the
 * ratio, not the milliseconds of a shared machine. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <SDL.h>
#include <SDL_ttf.h>
#include <lauxlib.h>
#include <lualib.h>
#include <sqlite3.h>

int main(int argc, char **argv)
{
    const char *font_path = argc > 1 ? argv[1] : "assets/fonts/NotoSans-Regular.ttf";
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) return 1;
    SDL_Window *win = SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1920, 1080,
                                       SDL_WINDOW_SHOWN);
    SDL_Surface *surface = win ? SDL_GetWindowSurface(win) : NULL;
    SDL_Renderer *ren = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
    TTF_Font *font = TTF_OpenFont(font_path, 40);
    if (!ren || !font) return 1;
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    sqlite3 *db;
    sqlite3_open(":memory:", &db);
    SDL_SetRenderDrawColor(ren, 255, 255, 255, 255);
    SDL_RenderClear(ren);
    for (int i = 0; i < 12; i++) {
        char line[64];
        snprintf(line, sizeof line, "Line %d of the first screen, as a kiosk shows it", i + 1);
        SDL_Surface *s = TTF_RenderUTF8_Blended(font, line, (SDL_Color){ 11, 12, 12, 255 });
        SDL_Texture *t = s ? SDL_CreateTextureFromSurface(ren, s) : NULL;
        if (t) SDL_RenderCopy(ren, t, NULL, &(SDL_Rect){ 60, 60 + i * 80, s->w, s->h });
        SDL_DestroyTexture(t);
        SDL_FreeSurface(s);
    }
    SDL_RenderPresent(ren);
    SDL_UpdateWindowSurface(win);
    if (getenv("RIGHTHELP_FLOOR_HOLD")) pause(); /* make bench reads its memory at rest, then ends it */
    sqlite3_close(db);
    lua_close(L);
    TTF_CloseFont(font);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
