/* staff.c: the staff PIN and the staff settings (in English: they are for the kiosk's staff). */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "app_read.h"
#include "app_staff.h"
#include "decision.h"
#include "manifest.h"
#include "pin.h"
#include "screens.h"
#include "util.h"

/* Staff screens are in English: they are for the kiosk's staff, not its users. */
void screen_pin(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w - 2 * m->margin, x = m->margin, y = m->gap * 2;
    char hash[PIN_HASH_BYTES];
    bool have = a->st && store_get_setting(a->st, "pin_hash", hash, sizeof hash) == 0;
    util_wipe(hash, sizeof hash);
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1,
                 have ? "Staff PIN" : "Set a staff PIN (4 to 8 digits)");
    if (!a->st) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, staff_db_state(a));
    char dots[PIN_MAX_DIGITS * 3 + 4] = "";
    for (size_t i = 0; i < strlen(a->pin_entry); i++) strcat(dots, "* ");
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->fg, -1, *dots ? dots : " ");
    if (a->staff_message[0]) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->fg, -1, a->staff_message);
    y += m->gap;
    int kw = (int)(150 * m->s), kh = m->btn_h;
    static const char *keys[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK" };
    for (int i = 0; i < 12; i++) {
        int col = i % 3, rowi = i / 3;
        SDL_Rect r = { x + col * (kw + m->gap), y + rowi * (kh + m->gap), kw, kh };
        if (r.y + r.h > a->h - m->btn_h - 2 * m->gap) break;
        int act = i == 9 ? ACT_PIN_CLEAR : i == 11 ? ACT_PIN_OK : ACT_PIN_DIGIT;
        int arg = i == 10 ? 0 : i + 1;
        ui_button_add(u, r, keys[i], act, arg, i == 11 ? th->primary : th->button, i == 11 ? th->primary_fg : th->button_fg,
                      th->button_border, TEXT_BOLD, m->body);
    }
    int bw = (int)(300 * m->s);
    ui_button_add(u, (SDL_Rect){ a->w - m->margin - bw, a->h - m->btn_h - m->gap, bw, m->btn_h }, "Cancel",
                  ACT_STAFF_DONE, 0, th->button, th->button_fg, th->button_border, TEXT_REGULAR, m->body);
}

void screen_staff(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w - 2 * m->margin, x = m->margin, y = m->gap * 2;
    char line[1400];
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1, "Staff settings");
    /* Which approved pack runs: its signed version, or that this kiosk checks no signature. */
    long signed_version = a->r && a->opt.npack_keys ? manifest_peek_version(rules_dir(a->r), NULL) : -1;
    char pack_note[64];
    if (signed_version > 0) snprintf(pack_note, sizeof pack_note, "signed pack version %ld", signed_version);
    else util_copy(pack_note, sizeof pack_note, a->opt.npack_keys ? "signed pack" : "unsigned (no pack_key set)");
    snprintf(line, sizeof line, "Rules version %.12s, %s, from %s", a->r ? rules_version(a->r) : "none", pack_note,
             a->r ? rules_dir(a->r) : "-");
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, line);
    if (a->rules_error[0]) {
        snprintf(line, sizeof line, "Rule pack problem: %s", a->rules_error);
        y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, line);
    }
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, staff_db_state(a));
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, staff_contacts_state(a));
    /* The silent call for staff (alert.c): whether it is set up, and what became of the calls since start. */
    const alerts *al = &a->alerts;
    if (!alerts_on(al)) {
        snprintf(line, sizeof line, "Silent calls for staff: off (no alert_command or alert_pg in righthelp.conf).");
    } else {
        long waiting = a->st && *al->fleet ? store_alerts_unsent_count(a->st) : 0;
        int n = snprintf(line, sizeof line, "Silent calls for staff: %ld since start", al->raised);
        if (*al->command && n > 0 && (size_t)n < sizeof line)
            n += snprintf(line + n, sizeof line - (size_t)n, "; bell: %ld delivered, %ld not delivered", al->delivered,
                          al->dropped);
        if (*al->fleet && n > 0 && (size_t)n < sizeof line)
            n += snprintf(line + n, sizeof line - (size_t)n, "; fleet server: %ld delivered, %ld waiting for sync",
                          al->fleet_delivered, waiting > 0 ? waiting : 0);
        if (n > 0 && (size_t)n < sizeof line)
            n += snprintf(line + n, sizeof line - (size_t)n, "%s.", al->n ? ", some still being sent" : "");
        /* What the reception has not yet acknowledged, as the last sync found it. */
        char open[64];
        long k;
        char when[24];
        if (*al->fleet && a->st && store_get_setting(a->st, STORE_OPEN_ALERTS_SETTING, open, sizeof open) == 0 &&
            sscanf(open, "%ld %23s", &k, when) == 2 && n > 0 && (size_t)n < sizeof line)
            snprintf(line + n, sizeof line - (size_t)n, " Not yet acknowledged at the reception: %ld (sync of %.10s %.5s UTC).",
                     k, when, when + 11);
    }
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, al->dropped ? TEXT_BOLD : TEXT_REGULAR, m->small, th->fg, -1, line);
    if (a->staff_message[0]) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->small, th->fg, -1, a->staff_message);
    y += m->gap;
    /* The area by its name, as the partnership calls it. */
    const char *area_name = a->area, *lang_name = a->opt.lang;
    char err[256];
    cJSON *areas = a->r ? rules_areas(a->r, err, sizeof err) : NULL;
    const cJSON *ar;
    cJSON_ArrayForEach(ar, areas) if (!strcmp(decision_str(ar, "id"), a->area)) area_name = app_printf(a, "%s", decision_str(ar, "name"));
    cJSON_Delete(areas);
    for (int i = 0; i < a->nlangs; i++)
        if (!strcmp(a->langs[i].code, a->opt.lang)) lang_name = a->langs[i].name;
    const char *offer = !strcmp(a->offer, "family") ? "family only"
                        : !strcmp(a->offer, "practitioner") ? "practitioner only" : "family and practitioner";
    /* Every setting is a button that steps to the next value: no typing. */
    struct { const char *label; int action; } items[] = {
        { app_printf(a, "Area: %s", area_name), ACT_STAFF_AREA },
        { app_printf(a, "Modes offered: %s", offer), ACT_STAFF_OFFER },
        { app_printf(a, "Default mode: %s", a->opt.mode), ACT_STAFF_MODE },
        { app_printf(a, "Default language: %s", lang_name), ACT_STAFF_LANG },
        { app_printf(a, "Text size: %s", a->default_large_text ? "large" : "standard"), ACT_STAFF_TEXT },
        { app_printf(a, "Theme: %s", a->default_high_contrast ? "high contrast" : "standard"), ACT_STAFF_THEME },
        { app_printf(a, "Idle time: %d s", a->opt.idle_seconds), ACT_STAFF_IDLE },
        { app_printf(a, "Read aloud: %s", read_aloud_label(a->read_aloud)), ACT_STAFF_READ },
        { "Reload rules", ACT_STAFF_RELOAD },
        { "Statistics", ACT_STAFF_STATS },
    };
    int n = (int)(sizeof items / sizeof *items);
    int cols = w >= (int)(1100 * m->s) ? 2 : 1;
    int rows = (n + cols - 1) / cols;
    int bottom = a->h - m->btn_h - 2 * m->gap;
    int bh = m->btn_h;
    if (rows * (bh + m->gap) > bottom - y) bh = (bottom - y) / rows - m->gap;
    if (bh < 44) bh = 44;
    int bw = (w - (cols - 1) * m->gap) / cols;
    if (bw > (int)(760 * m->s)) bw = (int)(760 * m->s);
    for (int i = 0; i < n; i++) {
        SDL_Rect r = { x + (i % cols) * (bw + m->gap), y + (i / cols) * (bh + m->gap), bw, bh };
        ui_button_add(u, r, items[i].label, items[i].action, 0, th->button, th->button_fg, th->button_border,
                      TEXT_REGULAR, m->body);
    }
    int dw = (int)(300 * m->s);
    ui_button_add(u, (SDL_Rect){ a->w - m->margin - dw, a->h - m->btn_h - m->gap, dw, m->btn_h }, "Done",
                  ACT_STAFF_DONE, 0, th->primary, th->primary_fg, 0, TEXT_BOLD, m->body);
}
