/* app_read.c: "Read aloud" (issue 22): the words of the question, result or escalation screen,
 * spoken in the screen's language, for parents who read little English or read little at all.
 * Off by default; staff (or read_aloud in righthelp.conf) turn it on for family screens,
 * practitioner screens or both. Leaving the screen, quick exit and the idle wipe stop it. */
#include <string.h>

#include "app.h"
#include "app_read.h"
#include "util.h"

/* The settings in the order the staff button steps through them. */
static const char *const settings[] = { "off", "family", "practitioner", "both" };
#define NSETTINGS ((int)(sizeof settings / sizeof *settings))

bool read_aloud_setting_ok(const char *v)
{
    for (int i = 0; i < NSETTINGS; i++)
        if (!strcmp(settings[i], v)) return true;
    return false;
}

const char *read_aloud_label(const char *v)
{
    return !strcmp(v, "family") ? "family screens" : !strcmp(v, "practitioner") ? "practitioner screens"
           : !strcmp(v, "both") ? "family and practitioner screens" : "off";
}

bool read_aloud_offered(const app *a)
{
    if (a->screen != SCREEN_QUESTION && a->screen != SCREEN_RESULT && a->screen != SCREEN_ESCALATION) return false;
    if (!strcmp(a->read_aloud, "both")) return true;
    bool practitioner = !strcmp(a->mode, "practitioner");
    return !strcmp(a->read_aloud, practitioner ? "practitioner" : "family");
}

void read_aloud_stop(app *a)
{
    if (a->speaking) a->dirty = true;
    a->speaking = false;
    speech_stop(a->speech);
}

/* What the screen shows, in reading order: its paragraphs, then the answers (a question's options
 * are buttons). */
static size_t screen_words(app *a, char *out, size_t n)
{
    const ui *u = &a->ui;
    const char *title = app_s(a, "ui.title"), *version = app_s(a, "ui.rules_version");
    size_t o = 0, vn = strlen(version);
    out[0] = 0;
    for (int i = 0; i < u->nblocks; i++) {
        const char *t = u->arena + u->blocks[i].text;
        /* Not the kiosk's name, nor the rules' version: no help to a listener. */
        if (!*t || !strcmp(t, title) || (!strncmp(t, version, vn) && t[vn] == ' ')) continue;
        o += (size_t)snprintf(out + o, o < n ? n - o : 0, "%s\n", t);
        if (o >= n) return n - 1;
    }
    for (int i = 0; i < u->nbuttons; i++) {
        if (u->buttons[i].action != ACT_ANSWER) continue;
        o += (size_t)snprintf(out + o, o < n ? n - o : 0, "%s.\n", u->arena + u->buttons[i].label);
        if (o >= n) return n - 1;
    }
    return o;
}

void read_aloud_toggle(app *a)
{
    if (a->speaking) {
        read_aloud_stop(a);
        return;
    }
    if (!read_aloud_offered(a)) return;
    if (!a->speech) a->speech = speech_new();
    char words[8192], err[256];
    screen_words(a, words, sizeof words);
    if (!a->speech || speech_say(a->speech, a->lang, words, err, sizeof err) != 0) {
        util_log("read aloud: %s", a->speech ? err : "out of memory");
        util_wipe(words, sizeof words);
        return;
    }
    util_wipe(words, sizeof words);
    a->speaking = true;
    a->dirty = true;
}

long read_aloud_tick(app *a)
{
    if (!a->speaking) return -1;
    if (speech_active(a->speech)) return 200; /* look again soon: the button turns back when it ends */
    read_aloud_stop(a);
    return -1;
}

void read_aloud_next_setting(app *a, char *what, size_t n)
{
    int cur = 0;
    for (int i = 0; i < NSETTINGS; i++)
        if (!strcmp(settings[i], a->read_aloud)) cur = i;
    const char *next = settings[(cur + 1) % NSETTINGS];
    snprintf(what, n, "read aloud set to %s", read_aloud_label(next));
    util_copy(a->read_aloud, sizeof a->read_aloud, next);
}
