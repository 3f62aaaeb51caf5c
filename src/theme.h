/* theme.h: the kiosk's colours, standard and high contrast, and the WCAG
 * contrast ratio used to test them. Colours are 0xRRGGBBAA. */
#ifndef THEME_H
#define THEME_H

#include <stdint.h>

typedef struct theme {
    const char *name;
    uint32_t bg, fg, muted, heading;
    uint32_t button, button_fg, button_border;
    uint32_t primary, primary_fg;
    uint32_t exit, exit_fg;
    uint32_t danger_bg, danger_fg;
    uint32_t panel, panel_fg;
    uint32_t focus;
} theme;

extern const theme theme_standard;
extern const theme theme_high_contrast;

/* WCAG 2.x contrast ratio between two colours (1 to 21). */
double theme_contrast(uint32_t a, uint32_t b);

#endif
