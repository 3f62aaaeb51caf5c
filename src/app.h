/* app.h: the kiosk's state machine: which screen is up, the session, timers.
 *
 * The app turns taps into actions and actions into state; screens.c turns
 * state into a ui list. It never draws and never reads the clock itself
 * (times come in through app_tap and app_tick), so tests and 'play' can run
 * it with no display and a virtual clock.
 * Ownership: app_init opens the rules and the store; app_free closes them. */
#ifndef APP_H
#define APP_H

#include <stdbool.h>
#include <time.h>
#include <cjson/cJSON.h>

#include "alert.h"
#include "flow.h"
#include "options.h"
#include "pin.h"
#include "rules.h"
#include "speech.h"
#include "store.h"
#include "text.h"
#include "theme.h"
#include "training.h"
#include "ui.h"

typedef enum {
    SCREEN_START, SCREEN_QUESTION, SCREEN_CHECK, SCREEN_RESULT,
    SCREEN_ESCALATION, SCREEN_FAILSAFE, SCREEN_NEUTRAL, SCREEN_PIN, SCREEN_STAFF,
    /* training (app_training.c, screens_training.c) */
    SCREEN_TRAIN_SETUP, SCREEN_TRAIN_CASE, SCREEN_TRAIN_CHOOSE, SCREEN_TRAIN_FEEDBACK, SCREEN_TRAIN_SCORE,
    /* staff statistics (app_staff.c), my judgement differs (app_judge.c) */
    SCREEN_STATS, SCREEN_JUDGE,
} app_screen;

typedef enum {
    ACT_NONE, ACT_MODE, ACT_LANG, ACT_ANSWER, ACT_BACK, ACT_WHY, ACT_QUICK_EXIT,
    ACT_CHANGE, ACT_CONTINUE, ACT_FINISH, ACT_STILL_HERE, ACT_ESC_DONE, ACT_PAGE,
    ACT_BEGIN, ACT_RETRY, ACT_TEXT_SIZE, ACT_THEME,
    ACT_PIN_DIGIT, ACT_PIN_CLEAR, ACT_PIN_OK, ACT_STAFF_RELOAD, ACT_STAFF_AREA, ACT_STAFF_IDLE, ACT_STAFF_DONE,
    /* training; ACT_MODE with arg 2 starts it */
    ACT_TRAIN_AREA, ACT_TRAIN_SET, ACT_TRAIN_START, ACT_TRAIN_DECIDE, ACT_TRAIN_LEVEL, ACT_TRAIN_ACTION,
    ACT_TRAIN_CHECK, ACT_TRAIN_NEXT, ACT_TRAIN_AGAIN,
    /* staff settings and statistics (app_staff.c), my judgement differs (app_judge.c) */
    ACT_STAFF_MODE, ACT_STAFF_LANG, ACT_STAFF_OFFER, ACT_STAFF_TEXT, ACT_STAFF_THEME, ACT_STAFF_STATS,
    ACT_STATS_RANGE, ACT_STATS_DONE,
    ACT_JUDGE_OPEN, ACT_JUDGE_LEVEL, ACT_JUDGE_REASON, ACT_JUDGE_SAVE, ACT_JUDGE_CANCEL,
    /* read aloud (app_read.c) */
    ACT_READ, ACT_STAFF_READ,
    /* a family asks for a private word: staff are called silently */
    ACT_PRIVATE_WORD,
    /* a practitioner's result: the summary's QR code, shown on a tap so the result keeps to one page */
    ACT_SUMMARY_CODE,
} app_action;

#define APP_MAX_LANGS 8
#define APP_IDLE_GRACE_MS 30000.0   /* warning to wipe */
#define APP_DEBOUNCE_MS 300.0       /* a new screen ignores taps this long: no double answers */
#define APP_STAFF_HOLD_MS 3000.0    /* a long press in the top-left corner of the start screen */

typedef struct app_lang {
    char code[8];
    char name[48];
    bool rtl;
} app_lang;

typedef struct app {
    options opt;
    rules *r;
    bool rules_settled;          /* r's rest loaded, its self-test passed, its signed floor noted (finish_rules) */
    store *st;
    text *tx;
    const theme *th;

    char mode[16], lang[8], area[64];
    bool rtl;                    /* the session's language reads right to left */
    app_lang langs[APP_MAX_LANGS];
    int nlangs;

    app_screen screen;
    bool idle_warning;
    bool why_open;
    bool large_text;             /* one tap away on the start screen; reset for the next person */
    int page;
    flow fl;
    cJSON *decision;
    bool saved;

    double now_ms, last_input_ms, screen_since_ms, warned_at_ms;
    alerts alerts;               /* the silent call for staff (alert.c) */
    speech *speech;              /* read aloud (app_read.c); NULL until first used */
    bool speaking;               /* the Read aloud button says "Stop reading" */
    char read_aloud[16];         /* off, family, practitioner or both: staff's setting, else the config's */
    bool private_word_asked;     /* this session's family asked for a private word (once is enough) */
    bool summary_code;           /* the practitioner's summary shows its QR code (until the screen changes) */
    bool clock_fixed;            /* 'play' sets the wall clock (the front door's office hours); else the real one */
    struct tm clock;
    int pressed;                 /* button held down, or -1 */
    bool dirty;
    int w, h;

    char failsafe_reason[512];
    bool reload_requested;       /* swap in a new pack at the next start screen */
    char rules_error[1024];
    char pin_entry[12];          /* digits typed so far; wiped after use */
    pin_lock lock;
    char staff_message[256];
    double press_ms;             /* when the held button or spot was pressed */
    int press_x, press_y;      /* why the configured pack was refused (the last good one runs) */
    char store_error[256];
    long sessions_saved;

    training tr;                 /* a training session; wiped with the session */

    /* Kiosk-wide staff settings (app_staff.c): what each new person starts with. */
    char offer[48];              /* the modes the start screen offers, e.g. "family,practitioner" */
    bool default_large_text, default_high_contrast;
    double retained_ms;          /* when retention last ran: daily, between sessions */
    long sessions_lost;          /* finished sessions the database refused (full, read-only) */
    int stats_range;             /* which date range the statistics screen shows */
    cJSON *stats;                /* its figures, while it is up */
    /* My judgement differs (app_judge.c): attached to this session's saved row. */
    long long session_id;        /* 0 when the session was not saved */
    int judge_level, judge_reason;   /* the choices on the judgement screen, or -1 */
    bool judged;

    char strbuf[16384];          /* strings fetched for the screen being built */
    int strused;
    bool strfull;                /* strbuf has run out once: said in the log, once */
    ui ui;
} app;

/* Opens rules and database per opt; never fails: a broken pack gives the
 * fail-safe screen, a broken database a kiosk that advises without logging. */
void app_init(app *a, const options *opt, text *tx, double now_ms);
void app_free(app *a);
void app_resize(app *a, int w, int h);

/* Pointer input at (x, y), in screen pixels. */
void app_press(app *a, int x, int y, double now_ms);
void app_release(app *a, int x, int y, double now_ms);
void app_tap(app *a, int x, int y, double now_ms);
/* Runs an action directly (tests, keyboard). */
void app_act(app *a, app_action act, int arg, double now_ms);
/* Timers: the idle warning and wipe. Returns ms until the next timer, or -1. */
long app_tick(app *a, double now_ms);
/* The database, ready for a write: its integrity check, which app_init leaves for the first tick, runs
 * first if that tick has not come (a session driven without ticks, a call for staff in the first frame);
 * NULL when there is none. */
store *app_store_for_write(app *a);

/* Rebuilds a->ui for the current state if it changed; true if it did. */
bool app_layout(app *a);
/* Ends the session now and clears it from memory and screen. */
void app_wipe(app *a);

/* Asks for the rule pack to be reloaded from disk. The new pack is checked and
 * self-tested first, and swapped in only between sessions, never under a user;
 * if it fails, the running pack stays and rules_error says why. */
void app_request_reload(app *a);

const char *app_screen_name(app_screen s);
/* A UI string in the session's language (falls back to English, then to key). */
const char *app_s(app *a, const char *key);
/* A string formatted into the screen's own arena (wiped with the session); ""
 * when the arena is full. The format is the program's, never the pack's. */
const char *app_printf(app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* For the app's own action files (app_training.c): change screen, and give up
 * on the rules for the fail-safe screen. */
void app_go(app *a, app_screen s);
void app_fail(app *a, const char *why);
/* Training actions (app_training.c); false when act is not one of them. */
bool app_training_act(app *a, app_action act, int arg);

#endif
