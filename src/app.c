/* app.c: the kiosk's state machine: actions, the session, idle and quick exit. */
#include "app.h"
#include "app_read.h"
#include "app_staff.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "decision.h"
#include "pack.h"
#include "pack_install.h"
#include "util.h"
#include "uuid.h"

static const char *const screen_names[] = { "start", "question", "check", "result", "escalation",
                                             "failsafe", "neutral", "pin", "staff",
                                             "train-setup", "train-case", "train-choose", "train-feedback",
                                             "train-score", "stats", "judge" };

const char *app_screen_name(app_screen s) { return screen_names[s]; }

static void reload_now(app *a);
static void retain(app *a);

/* A silent call for staff: recorded (kind and time only) for the statistics and as the fleet's outbox,
 * then handed to the site's command and the fleet; nothing on screen changes. */
static void raise_alert(app *a, const char *kind)
{
    if (!alerts_on(&a->alerts)) return;
    char id[UUID_TEXT_LEN], at[32], err[256];
    time_t t = time(NULL);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    if (uuid_v7((uint64_t)t * 1000, id) != 0) util_copy(id, sizeof id, "00000000-0000-7000-8000-000000000000");
    if (app_store_for_write(a) && store_alert_add(a->st, id, kind, at, err, sizeof err) != 0) util_log("alert not recorded: %s", err);
    alerts_raise(&a->alerts, kind, id, at, a->now_ms);
}

static void go(app *a, app_screen s)
{
    if (s == SCREEN_START && a->reload_requested) reload_now(a);
    /* A family told to tell staff, or to call 999: staff are called silently too (issue 22). Nothing on the
     * screen changes. */
    if (s == SCREEN_ESCALATION && a->screen != SCREEN_ESCALATION && strcmp(a->mode, "practitioner")) {
        const char *kind = a->decision ? decision_escalation(a->decision) : NULL;
        raise_alert(a, kind && !strcmp(kind, "emergency") ? "emergency" : "tell_staff");
    }
    read_aloud_stop(a); /* a new screen: the last one's words stop */
    a->screen = s;
    a->page = 0;
    a->why_open = false;
    a->summary_code = false;
    a->screen_since_ms = a->now_ms;
    a->dirty = true;
}

/* The fail-safe screen: 999 and "tell a member of staff", built into the
 * program, shown when the rules cannot be trusted. The reason goes to the log. */
static void failsafe(app *a, const char *why)
{
    util_log("fail-safe screen: %s", why);
    util_copy(a->failsafe_reason, sizeof a->failsafe_reason, why);
    if (a->r && rules_broken(a->r)) { /* reload from disk between sessions */
        rules_close(a->r);
        a->r = NULL;
    }
    flow_wipe(&a->fl);
    if (a->decision) flow_free_json(a->decision);
    a->decision = NULL;
    go(a, SCREEN_FAILSAFE);
}

/* Signed packs: the config's keys and the floor. With keys, a pack that does not
 * verify never runs; a bad key runs nothing (fail-safe), never an unsigned pack. */
static const pack_trust *load_trust(app *a, pack_trust *t, char *err, size_t errlen)
{
    if (pack_trust_load(&a->opt, a->st, t, err, errlen) != 0) return NULL;
    return t;
}

/* A signed pack that runs raises the floor: nothing older may follow it. */
static void note_signed(app *a, const pack_trust *t)
{
    if (!t->nkeys || !a->r) return;
    manifest m;
    memset(&m, 0, sizeof m);
    m.version = manifest_peek_version(rules_dir(a->r), m.hash);
    char err[256];
    util_copy(m.pack, sizeof m.pack, rules_dir(a->r));
    /* Only a floor below the pack is written (the image may already be higher): a write, so through
     * app_store_for_write, which runs the database's check first. */
    if (m.version > 0 && a->st && pack_floor_below(a->st, m.version) && app_store_for_write(a) &&
        pack_floor_raise(a->st, &m, err, sizeof err) != 0)
        util_log("could not record the pack's version floor: %s", err);
}

void app_go(app *a, app_screen s) { go(a, s); }
void app_fail(app *a, const char *why) { failsafe(a, why); }

/* The languages the start screen offers, from the pack now running. */
static void read_languages(app *a)
{
    char err[512];
    cJSON *langs = rules_languages(a->r, err, sizeof err);
    a->nlangs = 0;
    const cJSON *l;
    cJSON_ArrayForEach(l, langs) {
        if (a->nlangs == APP_MAX_LANGS) break;
        app_lang *al = &a->langs[a->nlangs++];
        util_copy(al->code, sizeof al->code, decision_str(l, "code"));
        util_copy(al->name, sizeof al->name, decision_str(l, "name"));
        al->rtl = !strcmp(decision_str(l, "dir"), "rtl");
    }
    cJSON_Delete(langs);
}

/* Where the last good pack is kept: beside the database. */
static void keep_dir(const app *a, char *out, size_t n)
{
    snprintf(out, n, "%s.last-good-rules", a->opt.db);
}

/* After a pack is opened or finished: the fail-safe screen when none runs; when the last good pack
 * runs instead, why the configured one was refused, for the log and for staff. */
static bool rules_taken(app *a, bool fallback, const char *err)
{
    if (!a->r) {
        failsafe(a, err);
        return false;
    }
    if (fallback) {
        util_log("rule pack refused, running the last good pack: %s", err);
        util_copy(a->rules_error, sizeof a->rules_error, err);
    }
    return true;
}

/* The rest of the pack, and its self-test unless remembered (pack_finish); the last good pack when
 * they fail, the fail-safe screen when that fails too. */
static bool finish_rules(app *a)
{
    char err[1024], keep[600];
    keep_dir(a, keep, sizeof keep);
    bool fallback = false;
    pack_trust t;
    if (load_trust(a, &t, err, sizeof err)) {
        a->r = pack_finish(a->r, keep, &t, &fallback, err, sizeof err);
    } else {
        rules_close(a->r);
        a->r = NULL;
    }
    if (!rules_taken(a, fallback, err)) return false;
    if (fallback) { /* the start screen showed the refused pack's languages */
        read_languages(a);
        a->dirty = true;
    }
    note_signed(a, &t); /* only now: a floor raised for a pack that then failed would refuse the last good one */
    a->rules_settled = true;
    util_log("rules %s loaded and self-tested, version %.12s", rules_dir(a->r), rules_version(a->r));
    return true;
}

/* Opens the configured pack, or the last good one. At the kiosk's start (later) only what the start
 * screen needs is loaded: the first tick, once that screen is shown, finishes it (app_tick). */
static bool open_rules(app *a, bool later)
{
    if (a->r) return true;
    char err[1024], keep[600];
    keep_dir(a, keep, sizeof keep);
    bool fallback = false;
    pack_trust t;
    if (!load_trust(a, &t, err, sizeof err)) {
        failsafe(a, err);
        return false;
    }
    a->r = pack_open(a->opt.rules, keep, &t, &fallback, err, sizeof err);
    if (!rules_taken(a, fallback, err)) return false;
    read_languages(a);
    a->rules_settled = false;
    return later || finish_rules(a);
}

static void set_lang(app *a, const char *code)
{
    util_copy(a->lang, sizeof a->lang, code);
    bool rtl = false;
    for (int i = 0; i < a->nlangs; i++)
        if (!strcmp(a->langs[i].code, code)) rtl = a->langs[i].rtl;
    a->rtl = rtl;
    a->dirty = true;
}

/* A language chosen at the start screen: a kiosk's pack runs its catalogue now (rules.h). One it refuses
 * (changed on disk since the pack was loaded) leaves the screen in its language, and the pack reloads,
 * checked, before the next session. */
static bool language_ready(app *a, const char *code)
{
    if (!a->r) return true;
    char err[1024];
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(code));
    cJSON_AddItemToArray(args, cJSON_CreateString("ui.title"));
    cJSON *s = rules_call_typed(a->r, "rh_string", args, cJSON_String, err, sizeof err);
    cJSON_Delete(s);
    if (s) return true;
    util_log("language %s not available: %s", code, err);
    app_request_reload(a);
    return false;
}

static void reload_now(app *a)
{
    a->reload_requested = false;
    char err[1024], keep[600];
    keep_dir(a, keep, sizeof keep);
    /* A signed pack is verified before anything in it is read; then the whole
     * linter, then the pack's own cases. */
    pack_trust t;
    rules *fresh = load_trust(a, &t, err, sizeof err) ? pack_open_checked(a->opt.rules, a->opt.assets, &t, err, sizeof err)
                                                      : NULL;
    if (!fresh) {
        util_log("reload refused, the running pack stays: %s", err);
        util_copy(a->rules_error, sizeof a->rules_error, err);
        return;
    }
    char cerr[512];
    if (pack_keep(fresh, keep, cerr, sizeof cerr) != 0) util_log("could not keep a copy of the good pack: %s", cerr);
    util_log("rules reloaded: version %.12s replaces %.12s", rules_version(fresh), a->r ? rules_version(a->r) : "none");
    rules_close(a->r);
    a->r = fresh;
    a->rules_settled = true; /* checked and self-tested whole (pack_open_checked) */
    a->rules_error[0] = 0;
    note_signed(a, &t);
}

void app_request_reload(app *a)
{
    a->reload_requested = true;
    if (a->screen == SCREEN_START && !a->idle_warning) {
        reload_now(a);
        a->dirty = true;
    }
}

/* The screen's buffers come last and are only reset: most of their 130 KB no screen fills, and a start
 * that cleared them would hold every page (issue 20). They hold nothing of a session: app_free wipes them. */
_Static_assert(offsetof(app, strbuf) + sizeof(((app *)0)->strbuf) <= offsetof(app, strused) &&
               offsetof(app, strused) < offsetof(app, ui) && offsetof(app, strfull) < offsetof(app, ui) &&
               offsetof(app, ui) + sizeof(ui) == sizeof(app), "strbuf, strused, strfull, ui end the app");

void app_init(app *a, const options *opt, text *tx, double now_ms)
{
    util_zero(a, offsetof(app, strbuf));
    a->strused = 0;
    a->strfull = false;
    ui_init(&a->ui);
    a->opt = *opt;
    alerts_init(&a->alerts, opt->alert_command, opt->kiosk_id);
    if (*opt->alert_pg) {
        char prog[4200];
        const char *p = fleet_program_beside(prog, sizeof prog);
        alerts_init_fleet(&a->alerts, p ? p : "/usr/local/bin/righthelp-fleet", opt->alert_pg, opt->db);
    }
    a->tx = tx;
    a->th = &theme_standard;
    a->pressed = -1;
    a->now_ms = a->last_input_ms = a->retained_ms = now_ms;
    a->judge_level = a->judge_reason = -1;
    util_copy(a->offer, sizeof a->offer, "family,practitioner");
    util_copy(a->read_aloud, sizeof a->read_aloud, opt->read_aloud);
    a->w = opt->width;
    a->h = opt->height;
    util_copy(a->area, sizeof a->area, opt->area);
    util_copy(a->mode, sizeof a->mode, opt->mode);
    char err[512];
    options_prepare_db(opt);
    /* Its integrity check waits for the first tick: it reads every page (app_tick, verify_store). */
    a->st = store_open_unverified(opt->db, err, sizeof err);
    if (!a->st) {
        util_log("database %s not available, sessions will not be logged: %s", opt->db, err);
        util_copy(a->store_error, sizeof a->store_error, err);
    } else {
        if (*store_notice(a->st)) {
            util_log("database: %s", store_notice(a->st));
            util_copy(a->store_error, sizeof a->store_error, store_notice(a->st));
        }
        /* Staff settings outlive a restart. */
        char v[64];
        if (store_get_setting(a->st, "area", v, sizeof v) == 0) util_copy(a->area, sizeof a->area, v);
        if (store_get_setting(a->st, "idle_seconds", v, sizeof v) == 0 && atoi(v) >= 10) a->opt.idle_seconds = atoi(v);
        staff_load(a);
        if (!store_unverified(a->st)) retain(a); /* checked at open: a new or migrated database */
        store_release_memory(a->st);
    }
    go(a, SCREEN_START);
    if (open_rules(a, true)) set_lang(a, a->opt.lang); /* the default staff set, else the command line's */
}

void app_free(app *a)
{
    alerts_stop(&a->alerts);
    app_wipe(a);
    speech_free(a->speech);
    a->speech = NULL;
    rules_close(a->r);
    store_close(a->st);
    a->r = NULL;
    a->st = NULL;
}

void app_resize(app *a, int w, int h)
{
    a->w = w;
    a->h = h;
    a->dirty = true;
}

void app_wipe(app *a)
{
    read_aloud_stop(a);
    flow_wipe(&a->fl);
    training_wipe(&a->tr);
    if (a->decision) flow_free_json(a->decision);
    a->decision = NULL;
    a->saved = false;
    a->idle_warning = false;
    a->pressed = -1;
    ui_wipe(&a->ui);
    util_wipe(a->strbuf, sizeof a->strbuf);
    a->strused = 0;
    text_flush(a->tx);
    util_copy(a->mode, sizeof a->mode, a->opt.mode);
    /* The next person starts as staff set the kiosk: text size, theme, language. */
    staff_defaults(a);
    if (a->nlangs > 0) set_lang(a, a->opt.lang);
    a->session_id = 0;
    a->private_word_asked = false;
    a->judge_level = a->judge_reason = -1;
    a->judged = false;
    if (a->stats) cJSON_Delete(a->stats);
    a->stats = NULL;
    if (a->r && rules_broken(a->r)) {
        rules_close(a->r);
        a->r = NULL;
    }
    /* What the session left in the pack's memory (what the pack made for it, every question's and decision's
     * tables) goes now, not at some later session: a kiosk between sessions holds what it held at its start. */
    if (a->r) {
        rules_forget(a->r);
        util_release_memory();
    }
    a->dirty = true;
}

/* A screen's strings did not all fit: what is drawn is cut, so say so once (a longer text needs a larger strbuf). */
static void strbuf_full(app *a)
{
    if (a->strfull) return;
    a->strfull = true;
    util_log("a screen's text did not fit its %zu bytes: some of it is cut short", sizeof a->strbuf);
}

const char *app_s(app *a, const char *key)
{
    if (!a->r) return key;
    int left = (int)sizeof a->strbuf - a->strused;
    if (left < 64) {
        strbuf_full(a);
        return key;
    }
    const char *s = rules_string(a->r, a->lang, key, a->strbuf + a->strused, (size_t)left);
    if (!s) return key;
    a->strused += (int)strlen(s) + 1;
    return s;
}

const char *app_printf(app *a, const char *fmt, ...)
{
    int left = (int)sizeof a->strbuf - a->strused;
    if (left < 2) {
        strbuf_full(a);
        return "";
    }
    char *buf = a->strbuf + a->strused;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, (size_t)left, fmt, ap);
    va_end(ap);
    if (n < 0) return "";
    if (n >= left) strbuf_full(a);
    a->strused += (n < left ? n : left - 1) + 1;
    return buf;
}

/* Writes the finished session: one anonymous row. Advice never waits on it. */
static void save_session(app *a)
{
    if (a->saved || !a->decision) return;
    a->saved = true;
    if (!app_store_for_write(a)) return;
    store_session row = {
        .when = time(NULL), .area = a->area, .mode = a->mode, .lang = a->lang,
        .continuum_level = decision_level(a->decision),
        .local_level = decision_str(a->decision, "local_level"),
        .route_id = decision_str(a->decision, "route_id"),
        .escalation = decision_escalation(a->decision),
        .rules_version = decision_str(a->decision, "rules_version"),
    };
    char err[256];
    if (store_save(a->st, &row, err, sizeof err) != 0) {
        util_log("session not logged: %s", err);
        util_copy(a->store_error, sizeof a->store_error, err);
        a->sessions_lost++;
    } else {
        a->sessions_saved++;
        judge_session_saved(a, store_last_session(a->st));
    }
}

/* Asks the rules for the decision on the answers so far. */
static bool decide(app *a)
{
    char err[1024];
    cJSON *answers = flow_answers_json(&a->fl);
    /* The wall clock orders the front door's numbers (out of office hours, its out-of-hours line first). */
    struct tm at;
    time_t t = time(NULL);
    if (a->clock_fixed) at = a->clock;
    else localtime_r(&t, &at);
    cJSON *d = rules_decide_at(a->r, a->area, a->mode, answers, a->lang, &at, err, sizeof err);
    flow_free_json(answers);
    if (!d) {
        failsafe(a, err);
        return false;
    }
    if (a->decision) flow_free_json(a->decision);
    a->decision = d;
    return true;
}

static void start_session(app *a, const char *mode)
{
    if (!open_rules(a, false)) return;
    util_copy(a->mode, sizeof a->mode, mode);
    char err[1024];
    if (flow_start(&a->fl, a->r, mode, a->lang, err, sizeof err) != 0) {
        failsafe(a, err);
        return;
    }
    go(a, a->fl.current >= 0 ? SCREEN_QUESTION : SCREEN_CHECK);
}

static void answered(app *a)
{
    /* A red flag ends the flow at once, whatever else has been answered. */
    if (!decide(a)) return;
    if (decision_escalation(a->decision)) {
        save_session(a);
        go(a, SCREEN_ESCALATION);
        return;
    }
    go(a, a->fl.current >= 0 ? SCREEN_QUESTION : SCREEN_CHECK);
}


static void next_area(app *a)
{
    char err[512];
    cJSON *areas = a->r ? rules_areas(a->r, err, sizeof err) : NULL;
    int n = cJSON_GetArraySize(areas), cur = -1;
    for (int i = 0; i < n; i++)
        if (!strcmp(decision_str(cJSON_GetArrayItem(areas, i), "id"), a->area)) cur = i;
    if (n > 0) {
        util_copy(a->area, sizeof a->area, decision_str(cJSON_GetArrayItem(areas, (cur + 1) % n), "id"));
        char what[128];
        snprintf(what, sizeof what, "area set to %s", a->area);
        staff_save(a, "area", a->area, what);
    }
    cJSON_Delete(areas);
}

/* The PIN screen's OK: set a first PIN, or check it against the stored hash. */
static void pin_entered(app *a)
{
    char hash[PIN_HASH_BYTES] = "";
    bool have = a->st && store_get_setting(a->st, "pin_hash", hash, sizeof hash) == 0;
    if (!a->st) {
        util_copy(a->staff_message, sizeof a->staff_message, "Staff settings need the database, which is not available.");
    } else if (pin_locked(&a->lock, a->now_ms)) {
        snprintf(a->staff_message, sizeof a->staff_message, "Too many wrong tries: try again in %.0f s.",
                 (a->lock.until_ms - a->now_ms) / 1000.0 + 0.5);
    } else if (!pin_valid(a->pin_entry)) {
        util_copy(a->staff_message, sizeof a->staff_message, "A PIN is 4 to 8 digits.");
    } else if (!have) {
        char err[256];
        if (pin_hash(a->pin_entry, hash) == 0 && app_store_for_write(a) &&
            store_set_setting(a->st, "pin_hash", hash, "staff PIN set", err, sizeof err) == 0) {
            util_copy(a->staff_message, sizeof a->staff_message, "Staff PIN set.");
            go(a, SCREEN_STAFF);
        }
    } else if (pin_verify(hash, a->pin_entry)) {
        bool was_wrong = a->lock.wrong > 0;
        pin_lock_right(&a->lock);
        if (was_wrong) staff_lock_changed(a, "staff PIN accepted after wrong tries");
        a->staff_message[0] = 0;
        go(a, SCREEN_STAFF);
    } else {
        pin_lock_wrong(&a->lock, a->now_ms);
        util_log("staff PIN: wrong try %d", a->lock.wrong);
        char what[64];
        snprintf(what, sizeof what, "staff PIN: wrong try %d", a->lock.wrong);
        staff_lock_changed(a, what);
        util_copy(a->staff_message, sizeof a->staff_message, "That PIN is not right.");
    }
    util_wipe(a->pin_entry, sizeof a->pin_entry);
    util_wipe(hash, sizeof hash);
    a->dirty = true;
}

void app_act(app *a, app_action act, int arg, double now_ms)
{
    a->now_ms = now_ms;
    a->last_input_ms = now_ms;
    if (a->idle_warning && act != ACT_QUICK_EXIT) { /* any touch counts as "still here" */
        a->idle_warning = false;
        a->dirty = true;
        return;
    }
    char err[512];
    if (act == ACT_MODE && !staff_offers_mode(a, arg)) return; /* a mode staff do not offer here */
    if (app_training_act(a, act, arg)) return;
    switch (act) {
    case ACT_NONE: break;
    case ACT_MODE: start_session(a, arg == 1 ? "practitioner" : "family"); break;
    case ACT_LANG:
        if (arg >= 0 && arg < a->nlangs && language_ready(a, a->langs[arg].code)) set_lang(a, a->langs[arg].code);
        a->dirty = true;
        break;
    case ACT_ANSWER: {
        const cJSON *q = flow_question(&a->fl, a->fl.current);
        const cJSON *opt = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(q, "options"), arg);
        if (!opt) break;
        if (flow_answer(&a->fl, decision_str(opt, "id"), err, sizeof err) != 0) {
            failsafe(a, err);
            break;
        }
        answered(a);
        break;
    }
    case ACT_BACK:
        if (a->screen == SCREEN_QUESTION || a->screen == SCREEN_CHECK) {
            if (flow_back(&a->fl)) go(a, SCREEN_QUESTION);
            else { /* back to the start screen: the same person, in the language they chose */
                char lang[sizeof a->lang];
                util_copy(lang, sizeof lang, a->lang);
                app_wipe(a);
                set_lang(a, lang);
                go(a, SCREEN_START);
            }
        }
        break;
    case ACT_WHY:
        a->why_open = !a->why_open;
        a->dirty = true;
        break;
    case ACT_QUICK_EXIT:
        app_wipe(a);
        go(a, SCREEN_NEUTRAL);
        break;
    case ACT_CHANGE:
        flow_goto(&a->fl, arg);
        go(a, SCREEN_QUESTION);
        break;
    case ACT_CONTINUE:
        if (!decide(a)) break;
        save_session(a);
        go(a, decision_escalation(a->decision) ? SCREEN_ESCALATION : SCREEN_RESULT);
        break;
    case ACT_ESC_DONE:
        /* A family's escalation wipes the screen for their safety, unless the rules say the result
         * (where to get help) is safe to show after it (a family with a social worker). */
        if (!strcmp(a->mode, "practitioner") ||
            cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(a->decision, "escalation"),
                                                          "then_result")))
            go(a, SCREEN_RESULT);
        else {
            app_wipe(a);
            go(a, SCREEN_START);
        }
        break;
    case ACT_FINISH:
        app_wipe(a);
        go(a, SCREEN_START);
        break;
    case ACT_READ:
        read_aloud_toggle(a);
        break;
    case ACT_SUMMARY_CODE:
        a->summary_code = !a->summary_code;
        a->dirty = true;
        break;
    case ACT_PRIVATE_WORD:
        if (a->screen == SCREEN_RESULT && !a->private_word_asked && strcmp(a->mode, "practitioner")) {
            raise_alert(a, "private_word");
            a->private_word_asked = true;
            a->dirty = true;
        }
        break;
    case ACT_PAGE:
        read_aloud_stop(a);
        a->page += arg;
        if (a->page < 0) a->page = 0;
        a->dirty = true;
        break;
    case ACT_BEGIN:
    case ACT_RETRY:
        app_wipe(a);
        go(a, SCREEN_START);
        if (open_rules(a, false)) set_lang(a, a->opt.lang);
        break;
    case ACT_TEXT_SIZE:
        a->large_text = !a->large_text;
        a->dirty = true;
        break;
    case ACT_THEME:
        a->th = a->th == &theme_standard ? &theme_high_contrast : &theme_standard;
        a->dirty = true;
        break;
    case ACT_PIN_DIGIT: {
        size_t n = strlen(a->pin_entry);
        if (n < PIN_MAX_DIGITS && arg >= 0 && arg <= 9) a->pin_entry[n] = (char)('0' + arg), a->pin_entry[n + 1] = 0;
        a->dirty = true;
        break;
    }
    case ACT_PIN_CLEAR:
        util_wipe(a->pin_entry, sizeof a->pin_entry);
        a->dirty = true;
        break;
    case ACT_PIN_OK: pin_entered(a); break;
    case ACT_STAFF_RELOAD:
        app_request_reload(a);
        util_copy(a->staff_message, sizeof a->staff_message,
                  a->rules_error[0] ? "The new rule pack was refused: the running pack stays." : "Rules reloaded and self-tested.");
        if (app_store_for_write(a)) store_audit(a->st, "rules reload requested", err, sizeof err);
        a->dirty = true;
        break;
    case ACT_STAFF_AREA: next_area(a); break;
    case ACT_STAFF_IDLE: {
        static const int steps[] = { 60, 90, 120, 180 };
        int next = steps[0];
        for (int i = 0; i < 4; i++)
            if (steps[i] == a->opt.idle_seconds) next = steps[(i + 1) % 4];
        a->opt.idle_seconds = next;
        char v[16], what[64];
        snprintf(v, sizeof v, "%d", next);
        snprintf(what, sizeof what, "idle time set to %d s", next);
        staff_save(a, "idle_seconds", v, what);
        break;
    }
    case ACT_STAFF_DONE:
        app_wipe(a);
        go(a, SCREEN_START);
        break;
    case ACT_STAFF_MODE: case ACT_STAFF_LANG: case ACT_STAFF_OFFER: case ACT_STAFF_TEXT: case ACT_STAFF_THEME:
    case ACT_STAFF_STATS: case ACT_STATS_RANGE: case ACT_STATS_DONE: case ACT_STAFF_READ:
        staff_act(a, act, arg);
        break;
    case ACT_JUDGE_OPEN: case ACT_JUDGE_LEVEL: case ACT_JUDGE_REASON: case ACT_JUDGE_SAVE: case ACT_JUDGE_CANCEL:
        judge_act(a, act, arg);
        break;
    case ACT_STILL_HERE: break;
    case ACT_TRAIN_AREA: case ACT_TRAIN_SET: case ACT_TRAIN_START: case ACT_TRAIN_DECIDE: case ACT_TRAIN_LEVEL:
    case ACT_TRAIN_ACTION: case ACT_TRAIN_CHECK: case ACT_TRAIN_NEXT: case ACT_TRAIN_AGAIN:
        break; /* app_training_act took them */
    }
}

void app_press(app *a, int x, int y, double now_ms)
{
    a->now_ms = now_ms;
    app_layout(a);
    a->pressed = ui_hit(&a->ui, x, y);
    a->press_ms = now_ms, a->press_x = x, a->press_y = y;
    if (a->pressed >= 0) {
        a->ui.buttons[a->pressed].pressed = true; /* feedback in the same frame */
        a->dirty = true;
    }
}

void app_release(app *a, int x, int y, double now_ms)
{
    a->now_ms = now_ms;
    app_layout(a);
    int b = ui_hit(&a->ui, x, y);
    int was = a->pressed;
    a->pressed = -1;
    a->dirty = true;
    if (a->idle_warning) { /* the whole screen means "still here" */
        bool exit = b >= 0 && a->ui.buttons[b].action == ACT_QUICK_EXIT;
        app_act(a, exit ? ACT_QUICK_EXIT : ACT_STILL_HERE, 0, now_ms);
        return;
    }
    a->last_input_ms = now_ms;
    /* The staff gesture: a long press in the top-left corner, between sessions only. */
    if (a->screen == SCREEN_START && now_ms - a->press_ms >= APP_STAFF_HOLD_MS && a->press_x < a->w / 8 &&
        a->press_y < a->h / 8 && x < a->w / 8 && y < a->h / 8) {
        util_wipe(a->pin_entry, sizeof a->pin_entry);
        a->staff_message[0] = 0;
        go(a, SCREEN_PIN);
        return;
    }
    if (b < 0 || b != was) return;
    const ui_button *btn = &a->ui.buttons[b];
    /* A tap that lands just after the screen changed was meant for the old one. */
    if (btn->action != ACT_QUICK_EXIT && now_ms - a->screen_since_ms < APP_DEBOUNCE_MS) return;
    app_act(a, (app_action)btn->action, btn->arg, now_ms);
}

void app_tap(app *a, int x, int y, double now_ms)
{
    app_press(a, x, y, now_ms);
    app_release(a, x, y, now_ms);
}

static bool in_session(const app *a)
{
    return a->screen != SCREEN_START && a->screen != SCREEN_NEUTRAL && a->screen != SCREEN_FAILSAFE;
}

/* The session's timers; see app_tick. */
static long session_tick(app *a, double now_ms);

/* The database's integrity check, left by app_init so that the start screen need not wait for it,
 * then the retention that must come after it (store_open_unverified refuses writes until then). */
static void retain(app *a)
{
    char err[512];
    int gone = store_retain(a->st, a->opt.retention_months, err, sizeof err);
    if (gone > 0) util_log("retention: %d sessions older than %d months deleted", gone, a->opt.retention_months);
    if (gone < 0) util_log("retention: %s", err);
}

static void verify_store(app *a)
{
    char err[1024];
    if (store_verify(&a->st, err, sizeof err) != 0) {
        util_log("database %s not available, sessions will not be logged: %s", a->opt.db, err);
        util_copy(a->store_error, sizeof a->store_error, err);
        return;
    }
    if (*store_notice(a->st)) { /* moved aside: a new database, with no staff settings or PIN */
        util_log("database: %s", store_notice(a->st));
        util_copy(a->store_error, sizeof a->store_error, store_notice(a->st));
        staff_load(a);
    }
    retain(a);
}

store *app_store_for_write(app *a)
{
    if (a->st && store_unverified(a->st)) verify_store(a);
    return a->st;
}

long app_tick(app *a, double now_ms)
{
    /* The first tick, the start screen on the display: its text textures (some 0.7 MB at 1920x1080) and
     * fonts (some 0.45 MB) go before the database's check and the rest of the pack, so that they and the
     * pack never add up (issue 20); a redraw opens and renders them again. */
    bool settling = a->r && !a->rules_settled;
    if (settling) text_rest(a->tx);
    app_store_for_write(a);
    /* What the start screen did not need of the pack loads once it is shown (open_rules). */
    if (settling) {
        /* What loading the pack and its self-test left goes now (some 1.2 MB after a self-test, which
         * Lua's next cycle would take long to reach), and the heap it freed with it. */
        if (finish_rules(a)) rules_forget(a->r);
        util_release_memory();
    }
    long alert = alerts_pump(&a->alerts, now_ms);
    long t = session_tick(a, now_ms);
    long read = read_aloud_tick(a);
    if (read >= 0 && (t < 0 || read < t)) t = read;
    return alert < 0 ? t : t < 0 || alert < t ? alert : t;
}

static long session_tick(app *a, double now_ms)
{
    a->now_ms = now_ms;
    if (!in_session(a)) {
        staff_daily(a);
        return -1;
    }
    double idle_ms = a->opt.idle_seconds * 1000.0;
    if (!a->idle_warning) {
        double left = a->last_input_ms + idle_ms - now_ms;
        if (left > 0) return (long)left + 1;
        a->idle_warning = true;
        a->warned_at_ms = now_ms;
        a->dirty = true;
    }
    double left = a->warned_at_ms + APP_IDLE_GRACE_MS - now_ms;
    if (left > 0) return (long)left + 1;
    util_log("idle: session wiped");
    app_wipe(a);
    go(a, SCREEN_START);
    return -1;
}
