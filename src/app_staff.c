/* app_staff.c: the staff side of the kiosk: kiosk-wide settings (default mode
 * and language, the modes offered, text size, theme), the statistics screen's
 * figures, the PIN lock across restarts, and daily retention.
 *
 * Every change is audited (what and when; never the PIN). A setting takes
 * effect for the next person: app_wipe puts the defaults back. Staff screens
 * are in English: they are for the kiosk's staff, not its users. */
#include "app_read.h"
#include "app_staff.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "decision.h"
#include "rules.h"
#include "util.h"

#define DAY_MS (24.0 * 3600 * 1000)

/* What the start screen offers, in the order the setting cycles through. */
static const struct { const char *value, *label; } offers[] = {
    { "family,practitioner", "family and practitioner" },
    { "family", "family only" },
    { "practitioner", "practitioner only" },
};
#define NOFFERS ((int)(sizeof offers / sizeof *offers))

static const struct { const char *label; int days; } ranges[STAFF_NRANGES] = {
    { "Last 4 weeks", 28 }, { "Last 12 weeks", 84 }, { "Last 12 months", 365 }, { "All", 0 },
};

const char *staff_range_label(int i) { return i >= 0 && i < STAFF_NRANGES ? ranges[i].label : ""; }

static bool known_offer(const char *v)
{
    for (int i = 0; i < NOFFERS; i++)
        if (!strcmp(offers[i].value, v)) return true;
    return false;
}

bool staff_offers(const app *a, const char *mode)
{
    if (!strcmp(mode, "training")) mode = "practitioner"; /* training is for professionals */
    size_t n = strlen(mode);
    for (const char *p = a->offer; (p = strstr(p, mode)) != NULL; p += n)
        if ((p == a->offer || p[-1] == ',') && (p[n] == 0 || p[n] == ',')) return true;
    return false;
}

static void message(app *a, const char *text)
{
    util_copy(a->staff_message, sizeof a->staff_message, text);
    a->dirty = true;
}

bool staff_save(app *a, const char *key, const char *value, const char *what)
{
    char err[256];
    if (!app_store_for_write(a) || store_set_setting(a->st, key, value, what, err, sizeof err) != 0) {
        if (a->st) util_log("setting not saved: %s", err);
        message(a, "Not saved: the database is not available.");
        return false;
    }
    message(a, what);
    return true;
}

void staff_defaults(app *a)
{
    a->large_text = a->default_large_text;
    a->th = a->default_high_contrast ? &theme_high_contrast : &theme_standard;
}

static void load_lock(app *a)
{
    char v[64];
    int wrong = 0;
    long long until = 0;
    if (store_get_setting(a->st, "pin_lock", v, sizeof v) != 0 || sscanf(v, "%d %lld", &wrong, &until) != 2) return;
    a->lock.wrong = wrong < 0 ? 0 : wrong;
    /* The lock ran on the wall clock while the kiosk was off; a clock set back
     * may lengthen it, but never beyond the longest lock (an hour). */
    long long left = until - (long long)time(NULL);
    if (left > 3600) left = 3600;
    a->lock.until_ms = left > 0 ? a->now_ms + (double)left * 1000.0 : 0;
}

void staff_lock_changed(app *a, const char *what)
{
    if (!a->st) return;
    long long until = 0;
    if (a->lock.until_ms > a->now_ms) until = (long long)time(NULL) + (long long)((a->lock.until_ms - a->now_ms) / 1000.0 + 0.999);
    char v[64], err[256];
    snprintf(v, sizeof v, "%d %lld", a->lock.wrong, until);
    if (app_store_for_write(a) && store_set_setting(a->st, "pin_lock", v, what, err, sizeof err) != 0)
        util_log("PIN lock not kept: %s", err);
}

void staff_load(app *a)
{
    util_copy(a->offer, sizeof a->offer, offers[0].value);
    a->default_large_text = a->default_high_contrast = false;
    a->retained_ms = a->now_ms;
    if (!a->st) return;
    char v[64];
    bool limited = false;
    if (store_get_setting(a->st, "offer", v, sizeof v) == 0) {
        if (known_offer(v)) util_copy(a->offer, sizeof a->offer, v), limited = true;
        else util_log("setting offer='%s' is not known: offering every mode", v);
    }
    if (store_get_setting(a->st, "mode", v, sizeof v) == 0 && (!strcmp(v, "family") || !strcmp(v, "practitioner")))
        util_copy(a->opt.mode, sizeof a->opt.mode, v);
    /* Where staff limited the modes, the default is always one the start screen offers. */
    if (limited && !staff_offers(a, a->opt.mode))
        util_copy(a->opt.mode, sizeof a->opt.mode, staff_offers(a, "family") ? "family" : "practitioner");
    util_copy(a->mode, sizeof a->mode, a->opt.mode);
    if (store_get_setting(a->st, "lang", v, sizeof v) == 0 && strlen(v) < sizeof a->opt.lang)
        util_copy(a->opt.lang, sizeof a->opt.lang, v);
    if (store_get_setting(a->st, "text_size", v, sizeof v) == 0) a->default_large_text = !strcmp(v, "large");
    if (store_get_setting(a->st, "theme", v, sizeof v) == 0) a->default_high_contrast = !strcmp(v, "high-contrast");
    if (store_get_setting(a->st, "read_aloud", v, sizeof v) == 0 && read_aloud_setting_ok(v))
        util_copy(a->read_aloud, sizeof a->read_aloud, v);
    staff_defaults(a);
    load_lock(a);
}

/* Retention between sessions: at start (app_init) and then once a day. The
 * check is one comparison, so the idle loop stays idle. */
void staff_daily(app *a)
{
    if (!a->st || a->now_ms - a->retained_ms < DAY_MS) return;
    a->retained_ms = a->now_ms;
    char err[256];
    int gone = store_retain(a->st, a->opt.retention_months, err, sizeof err);
    if (gone > 0) util_log("retention: %d sessions older than %d months deleted", gone, a->opt.retention_months);
    if (gone < 0) util_log("retention failed: %s", err);
}

const char *staff_db_state(app *a)
{
    if (!a->st && !a->store_error[0]) return "Database: not open. Sessions are not being logged.";
    if (!a->st) return app_printf(a, "Database not available, sessions are not being logged: %s", a->store_error);
    if (a->sessions_lost > 0)
        return app_printf(a, "Database problem: %ld finished session%s not logged (advice was still given). Last error: %s",
                          a->sessions_lost, a->sessions_lost == 1 ? " was" : "s were", a->store_error);
    if (a->store_error[0]) return app_printf(a, "Database: %s", a->store_error);
    return app_printf(a, "Database: working. Sessions logged since start: %ld.", a->sessions_saved);
}

/* How old the pack's contacts are: a partnership re-checks those older than the setting before it signs
 * the next pack (issue 19). */
const char *staff_contacts_state(app *a)
{
    if (!a->r) return "Contacts: no rule pack.";
    char today[16], err[256];
    time_t now = time(NULL);
    strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(today));
    cJSON_AddItemToArray(args, cJSON_CreateNumber(a->opt.contact_max_age_months));
    cJSON *st = rules_call(a->r, "rh_stale_contacts", args, err, sizeof err);
    cJSON_Delete(args);
    if (!st) return app_printf(a, "Contacts: cannot tell how old they are (%s).", err);
    int n = (int)cJSON_GetNumberValue(cJSON_GetObjectItem(st, "count"));
    const char *line = n == 0 ? app_printf(a, "Contacts: every one checked within %d months.", a->opt.contact_max_age_months)
                              : app_printf(a, "Contacts: %d checked more than %d months ago (the oldest %s): re-check them "
                                              "before the next pack is signed.", n, a->opt.contact_max_age_months,
                                           decision_str(st, "oldest"));
    cJSON_Delete(st);
    return line;
}

/* The figures for the range on screen: store_stats_since plus store_stats_more. */
static void load_stats(app *a)
{
    if (a->stats) cJSON_Delete(a->stats);
    a->stats = NULL;
    if (!a->st) return;
    char since[16] = "", err[256];
    if (ranges[a->stats_range].days > 0) {
        time_t t = time(NULL) - (time_t)ranges[a->stats_range].days * 24 * 3600;
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(since, sizeof since, "%Y-%m-%d", &tm);
    }
    a->stats = store_stats_since(a->st, since, err, sizeof err);
    if (a->stats && store_stats_more(a->st, since, a->stats, err, sizeof err) != 0) {
        cJSON_Delete(a->stats);
        a->stats = NULL;
    }
    if (!a->stats) {
        util_log("statistics: %s", err);
        message(a, app_printf(a, "Statistics could not be read: %s", err));
        return;
    }
    cJSON_AddStringToObject(a->stats, "since", since);
    /* Routes and rules by their words, never their ids (issue 21). */
    cJSON *names = a->r ? rules_call(a->r, "rh_names", NULL, err, sizeof err) : NULL;
    if (names) cJSON_AddItemToObject(a->stats, "names", names);
    cJSON *training = store_training_stats(a->st, since, err, sizeof err);
    if (training) cJSON_AddItemToObject(a->stats, "training", training);
    else util_log("training statistics: %s", err);
}

static void next_lang(app *a)
{
    int cur = -1;
    for (int i = 0; i < a->nlangs; i++)
        if (!strcmp(a->langs[i].code, a->opt.lang)) cur = i;
    if (a->nlangs == 0) return;
    const app_lang *l = &a->langs[(cur + 1) % a->nlangs];
    char what[128];
    snprintf(what, sizeof what, "default language set to %s (%s)", l->code, l->name);
    if (staff_save(a, "lang", l->code, what)) util_copy(a->opt.lang, sizeof a->opt.lang, l->code);
}

static void next_offer(app *a)
{
    int cur = 0;
    for (int i = 0; i < NOFFERS; i++)
        if (!strcmp(offers[i].value, a->offer)) cur = i;
    int next = (cur + 1) % NOFFERS;
    char what[128];
    snprintf(what, sizeof what, "modes offered set to %s", offers[next].label);
    if (!staff_save(a, "offer", offers[next].value, what)) return;
    util_copy(a->offer, sizeof a->offer, offers[next].value);
    if (!staff_offers(a, a->opt.mode)) { /* the default follows what is offered */
        const char *m = staff_offers(a, "family") ? "family" : "practitioner";
        snprintf(what, sizeof what, "default mode set to %s (the only mode offered)", m);
        if (staff_save(a, "mode", m, what)) util_copy(a->opt.mode, sizeof a->opt.mode, m);
    }
}

static void next_mode(app *a)
{
    const char *m = !strcmp(a->opt.mode, "family") ? "practitioner" : "family";
    if (!staff_offers(a, m)) {
        message(a, "The kiosk offers only one mode: change 'Modes offered' first.");
        return;
    }
    char what[128];
    snprintf(what, sizeof what, "default mode set to %s", m);
    if (staff_save(a, "mode", m, what)) util_copy(a->opt.mode, sizeof a->opt.mode, m);
}

bool staff_offers_mode(const app *a, int arg)
{
    if (arg == 2) return strcmp(a->opt.mode, "family") && staff_offers(a, "training");
    return staff_offers(a, arg == 1 ? "practitioner" : "family");
}

void staff_act(app *a, app_action act, int arg)
{
    switch (act) {
    case ACT_STAFF_MODE: next_mode(a); break;
    case ACT_STAFF_LANG: next_lang(a); break;
    case ACT_STAFF_OFFER: next_offer(a); break;
    case ACT_STAFF_READ: {
        char was[sizeof a->read_aloud], what[128];
        util_copy(was, sizeof was, a->read_aloud);
        read_aloud_next_setting(a, what, sizeof what);
        if (!staff_save(a, "read_aloud", a->read_aloud, what)) util_copy(a->read_aloud, sizeof a->read_aloud, was);
        break;
    }
    case ACT_STAFF_TEXT:
        if (staff_save(a, "text_size", a->default_large_text ? "standard" : "large",
                 a->default_large_text ? "text size set to standard" : "text size set to large"))
            a->default_large_text = !a->default_large_text;
        break;
    case ACT_STAFF_THEME:
        if (staff_save(a, "theme", a->default_high_contrast ? "standard" : "high-contrast",
                 a->default_high_contrast ? "theme set to standard" : "theme set to high contrast"))
            a->default_high_contrast = !a->default_high_contrast;
        break;
    case ACT_STAFF_STATS:
        a->staff_message[0] = 0;
        load_stats(a);
        app_go(a, SCREEN_STATS);
        break;
    case ACT_STATS_RANGE:
        if (arg >= 0 && arg < STAFF_NRANGES) a->stats_range = arg;
        load_stats(a);
        a->dirty = true;
        break;
    case ACT_STATS_DONE:
        if (a->stats) cJSON_Delete(a->stats);
        a->stats = NULL;
        a->staff_message[0] = 0;
        app_go(a, SCREEN_STAFF);
        break;
    default: break;
    }
}
