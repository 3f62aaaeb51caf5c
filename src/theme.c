/* theme.c: colour themes and the contrast ratio. */
#include "theme.h"

#include <math.h>

/* Calm, GOV.UK-like colours: dark text on white, a deep green for the main
 * action, a dark blue for choices, red only for danger. */
const theme theme_standard = {
    .name = "standard",
    .bg = 0xffffffff, .fg = 0x0b0c0cff, .muted = 0x484949ff, .heading = 0x0b0c0cff,
    .button = 0xf3f2f1ff, .button_fg = 0x0b0c0cff, .button_border = 0x1d70b8ff,
    .primary = 0x00703cff, .primary_fg = 0xffffffff,
    .exit = 0x1d70b8ff, .exit_fg = 0xffffffff,
    .danger_bg = 0xb10e1eff, .danger_fg = 0xffffffff,
    .panel = 0xe8f1f8ff, .panel_fg = 0x0b0c0cff,
    .focus = 0xffdd00ff,
};

const theme theme_high_contrast = {
    .name = "high-contrast",
    .bg = 0x000000ff, .fg = 0xffffffff, .muted = 0xffffffff, .heading = 0xffff00ff,
    .button = 0x000000ff, .button_fg = 0xffffffff, .button_border = 0xffffffff,
    .primary = 0xffff00ff, .primary_fg = 0x000000ff,
    .exit = 0x00ffffff, .exit_fg = 0x000000ff,
    .danger_bg = 0x000000ff, .danger_fg = 0xffff00ff,
    .panel = 0x1a1a1aff, .panel_fg = 0xffffffff,
    .focus = 0xffff00ff,
};

static double channel(uint32_t c, int shift)
{
    double v = (double)((c >> shift) & 0xff) / 255.0;
    return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double luminance(uint32_t c)
{
    return 0.2126 * channel(c, 24) + 0.7152 * channel(c, 16) + 0.0722 * channel(c, 8);
}

double theme_contrast(uint32_t a, uint32_t b)
{
    double la = luminance(a), lb = luminance(b);
    if (la < lb) {
        double t = la;
        la = lb;
        lb = t;
    }
    return (la + 0.05) / (lb + 0.05);
}
