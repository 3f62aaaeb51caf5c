/* play.c: the scripted, headless kiosk: the way every screen is tested. */
#include "play.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL_ttf.h>

#include "app.h"
#include "app_read.h"
#include "cli.h"
#include "config.h"
#include "display.h"
#include "png.h"
#include "render.h"
#include "util.h"

#define TAP_MS 400.0   /* a person's tap takes time: it also clears the debounce */

typedef struct player {
    app *a;
    display *d;               /* only for shots */
    double now;
    const char *name;
    int line;
    play_result *res;
    const char *out;
} player;

static int fail(player *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(player *p, const char *fmt, ...)
{
    int n = snprintf(p->res->error, sizeof p->res->error, "%s:%d: ", p->name, p->line);
    if (n < 0 || n >= (int)sizeof p->res->error) return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->res->error + n, sizeof p->res->error - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

/* What is on screen, for messages: button labels in quotes. */
static void describe(const app *a, char *buf, size_t n)
{
    size_t used = (size_t)snprintf(buf, n, "screen '%s', buttons:", app_screen_name(a->screen));
    for (int i = 0; i < a->ui.nbuttons && used < n; i++) {
        const char *l = ui_str(&a->ui, a->ui.buttons[i].label);
        used += (size_t)snprintf(buf + used, n - used, " \"%s\"", *l ? l : "(whole screen)");
    }
}

/* Reads a quoted string argument into out. */
static int quoted(const char *s, char *out, size_t n)
{
    while (*s == ' ' || *s == '\t') s++;
    if (*s != '"') return -1;
    s++;
    size_t i = 0;
    while (*s && *s != '"' && i + 1 < n) {
        if (*s == '\\' && s[1]) s++;
        out[i++] = *s++;
    }
    out[i] = 0;
    return *s == '"' ? 0 : -1;
}

static void step_time(player *p, double ms)
{
    p->now += ms;
    app_tick(p->a, p->now);
    app_layout(p->a);
}

static int tap_button(player *p, int b)
{
    SDL_Rect r = p->a->ui.buttons[b].r;
    step_time(p, TAP_MS);
    app_tap(p->a, r.x + r.w / 2, r.y + r.h / 2, p->now);
    app_layout(p->a);
    return 0;
}

static int tap_action(player *p, int action, const char *what)
{
    for (int i = 0; i < p->a->ui.nbuttons; i++)
        if (p->a->ui.buttons[i].action == action) return tap_button(p, i);
    char on[1024];
    describe(p->a, on, sizeof on);
    return fail(p, "no %s button on screen (%s)", what, on);
}

static int shot(player *p, const char *name)
{
    if (!p->out || !p->d) return 0;
    if (!*name || strchr(name, '/') || strstr(name, "..")) return fail(p, "bad shot name '%s'", name);
    render_ui(p->d->ren, p->a->tx, &p->a->ui, p->a->th->bg, p->a->th->focus);
    display_present(p->d);
    char path[1024], err[512];
    snprintf(path, sizeof path, "%s/%s.png", p->out, name);
    if (png_save(p->d->surface, path, err, sizeof err) != 0) return fail(p, "%s", err);
    p->res->shots++;
    return 0;
}

/* answers {"qid": "answer id", ...}: answers the questions on screen, one after another, as the object says,
 * and any it does not name with "no" (or the first answer where there is none), until the questions end:
 * a whole case (a published case's mapping) played through the screens in one line. */
static int answers(player *p, const char *json)
{
    cJSON *want = cJSON_Parse(json);
    if (!cJSON_IsObject(want)) {
        cJSON_Delete(want);
        return fail(p, "answers needs a JSON object of question ids to answer ids");
    }
    int rc = 0;
    for (int steps = 0; p->a->screen == SCREEN_QUESTION && p->a->fl.current >= 0 && rc == 0; steps++) {
        if (steps > 400) {
            rc = fail(p, "answers: the questions did not end");
            break;
        }
        const cJSON *q = flow_question(&p->a->fl, p->a->fl.current);
        const char *qid = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(q, "id"));
        const char *aid = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(want, qid ? qid : ""));
        int pick = -1, i = 0;
        const cJSON *o;
        cJSON_ArrayForEach(o, cJSON_GetObjectItemCaseSensitive(q, "options")) {
            const char *id = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "id"));
            if (id && ((aid && !strcmp(id, aid)) || (!aid && pick < 0 && !strcmp(id, "no")))) pick = i;
            i++;
        }
        if (pick < 0 && aid) {
            rc = fail(p, "answers: question %s has no answer '%s'", qid, aid);
            break;
        }
        if (pick < 0) pick = 0;
        int b = 0;
        while (b < p->a->ui.nbuttons && !(p->a->ui.buttons[b].action == ACT_ANSWER && p->a->ui.buttons[b].arg == pick)) b++;
        if (b == p->a->ui.nbuttons) {
            rc = fail(p, "answers: no button for answer %d of %s", pick, qid);
            break;
        }
        tap_button(p, b);
    }
    cJSON_Delete(want);
    return rc;
}

static int run_line(player *p, char *line)
{
    char *s = line;
    while (*s == ' ' || *s == '\t') s++;
    size_t len = strlen(s);
    while (len && (s[len - 1] == '\r' || s[len - 1] == ' ')) s[--len] = 0;
    if (!*s || *s == '#') return 0;
    char cmd[32] = "";
    sscanf(s, "%31s", cmd);
    const char *rest = s + strlen(cmd);
    char arg[512];
    app *a = p->a;
    app_layout(a);
    p->res->steps++;
    if (!strcmp(cmd, "tap")) {
        int x, y;
        if (quoted(rest, arg, sizeof arg) == 0) {
            int b = ui_find_button(&a->ui, arg);
            if (b < 0) {
                char on[1024];
                describe(a, on, sizeof on);
                return fail(p, "no button \"%s\" on screen (%s)", arg, on);
            }
            return tap_button(p, b);
        }
        if (sscanf(rest, "%d %d", &x, &y) == 2) {
            step_time(p, TAP_MS);
            app_tap(a, x, y, p->now);
            app_layout(a);
            return 0;
        }
        return fail(p, "tap needs \"Label\" or X Y");
    }
    if (!strcmp(cmd, "answers")) return answers(p, rest);
    if (!strcmp(cmd, "area")) { /* as staff would set it: only between sessions */
        if (sscanf(rest, "%63s", arg) != 1 || a->screen != SCREEN_START) return fail(p, "area ID works on the start screen");
        util_copy(a->area, sizeof a->area, arg);
        return 0;
    }
    if (!strcmp(cmd, "mode")) { /* as the kiosk's config would set it: only between sessions */
        if (sscanf(rest, "%15s", arg) != 1 || a->screen != SCREEN_START ||
            (strcmp(arg, "family") && strcmp(arg, "practitioner") && strcmp(arg, "training")))
            return fail(p, "mode family|practitioner|training works on the start screen");
        util_copy(a->opt.mode, sizeof a->opt.mode, arg);
        util_copy(a->mode, sizeof a->mode, arg);
        a->dirty = true;
        return 0;
    }
    if (!strcmp(cmd, "read-aloud")) { /* read-aloud off|family|practitioner|both: as righthelp.conf would set it */
        if (sscanf(rest, "%15s", arg) != 1 || !read_aloud_setting_ok(arg))
            return fail(p, "read-aloud needs off, family, practitioner or both");
        util_copy(a->read_aloud, sizeof a->read_aloud, arg);
        a->dirty = true;
        return 0;
    }
    if (!strcmp(cmd, "speaking")) { /* reading aloud, and its first sound made (real time: the voice is real) */
        if (!a->speaking) return fail(p, "expected the screen to be read aloud (%s)", "nothing is being read");
        for (int i = 0; i < 500 && speech_first_sound_ms(a->speech) < 0 && speech_active(a->speech); i++) SDL_Delay(10);
        if (speech_first_sound_ms(a->speech) < 0) return fail(p, "reading aloud made no sound within 5 s");
        return 0;
    }
    if (!strcmp(cmd, "silent")) { /* nothing being read, nothing left to hear */
        if (a->speaking || speech_active(a->speech)) return fail(p, "expected silence, but the screen is still being read");
        return 0;
    }
    if (!strcmp(cmd, "hold")) { /* hold X Y MS: a long press (the staff gesture) */
        int x, y;
        double ms;
        if (sscanf(rest, "%d %d %lf", &x, &y, &ms) != 3 || ms < 0 || ms > 60000) return fail(p, "hold needs X Y MS");
        step_time(p, TAP_MS);
        app_press(a, x, y, p->now);
        p->now += ms;
        app_release(a, x, y, p->now);
        app_layout(a);
        return 0;
    }
    if (!strcmp(cmd, "back")) return tap_action(p, ACT_BACK, "Back");
    if (!strcmp(cmd, "quick-exit")) return tap_action(p, ACT_QUICK_EXIT, "Quick exit");
    if (!strcmp(cmd, "wait")) {
        char *end;
        double ms = strtod(rest, &end);
        if (end == rest || ms < 0 || ms > 86400000.0) return fail(p, "wait needs milliseconds");
        /* Advance in steps so every timer on the way fires in order. */
        while (ms > 0) {
            double stepms = ms > 1000 ? 1000 : ms;
            step_time(p, stepms);
            ms -= stepms;
        }
        return 0;
    }
    if (!strcmp(cmd, "shot")) {
        if (sscanf(rest, "%255s", arg) != 1) return fail(p, "shot needs a name");
        return shot(p, arg);
    }
    if (!strcmp(cmd, "expect") || !strcmp(cmd, "expect-not")) {
        if (quoted(rest, arg, sizeof arg) != 0) return fail(p, "%s needs \"text\"", cmd);
        bool shows = ui_shows(&a->ui, arg) || ui_find_button(&a->ui, arg) >= 0;
        if (!strcmp(cmd, "expect") && !shows) {
            char on[1024];
            describe(a, on, sizeof on);
            return fail(p, "expected \"%s\" on screen (%s)", arg, on);
        }
        if (!strcmp(cmd, "expect-not") && shows) return fail(p, "did not expect \"%s\" on screen", arg);
        return 0;
    }
    if (!strcmp(cmd, "clock")) { /* clock DAY HH:MM: the wall clock the decisions read, e.g. "clock Mon 22:00" */
        if (util_parse_clock(rest, &a->clock) != 0) return fail(p, "clock needs a day and a time, e.g. 'clock Mon 22:00'");
        a->clock_fixed = true;
        return 0;
    }
    if (!strcmp(cmd, "screen")) {
        if (sscanf(rest, "%63s", arg) != 1) return fail(p, "screen needs a name");
        if (strcmp(arg, app_screen_name(a->screen))) {
            return fail(p, "expected screen '%s', found '%s'", arg, app_screen_name(a->screen));
        }
        return 0;
    }
    return fail(p, "unknown command '%s'", cmd);
}

int play_exec(app *a, display *d, double *now_ms, const char *name, const char *script, const char *out_dir,
              play_result *res)
{
    memset(res, 0, sizeof *res);
    player p = { .a = a, .d = d, .name = name, .res = res, .out = out_dir, .now = *now_ms };
    char *copy = util_strdup(script);
    int rc = 0;
    char *save = NULL;
    /* Lines are split by hand (not strtok) so that empty lines keep their numbers. */
    for (char *ln = copy; ln && rc == 0; ln = save) {
        char *nl = strchr(ln, '\n');
        save = nl ? nl + 1 : NULL;
        if (nl) *nl = 0;
        p.line++;
        rc = run_line(&p, ln);
    }
    free(copy);
    app_layout(a);
    util_copy(res->screen, sizeof res->screen, app_screen_name(a->screen));
    *now_ms = p.now;
    return rc;
}

int play_run(const char *name, const char *script, const options *o, const char *out_dir, play_result *res)
{
    memset(res, 0, sizeof *res);
    double now = 1e7;
    display d;
    char err[1024];
    if (display_open(&d, o->width, o->height, false, true, err, sizeof err) != 0) {
        snprintf(res->error, sizeof res->error, "%s", err);
        return -1;
    }
    text *tx = text_open(o->assets, err, sizeof err);
    if (!tx) {
        snprintf(res->error, sizeof res->error, "%s", err);
        display_close(&d);
        return -1;
    }
    app *a = calloc(1, sizeof *a); /* app_init's util_zero reads it: it must start defined */
    if (!a) {
        snprintf(res->error, sizeof res->error, "out of memory");
        text_close(tx);
        display_close(&d);
        return -1;
    }
    app_init(a, o, tx, now);
    app_resize(a, d.w, d.h);
    int rc = play_exec(a, &d, &now, name, script, out_dir, res);
    app_free(a);
    free(a);
    text_close(tx);
    display_close(&d);
    return rc;
}

int cli_play(int argc, char **argv)
{
    options o;
    options_defaults(&o);
    const char *script_path = NULL, *out = NULL;
    char err[1024];
    /* A site's settings (issue 22: a script can run with its alert command), as the kiosk reads them: the
     * file first, then the flags. Only a named file: play never reads the installed one by itself. */
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], "--config") && config_read(argv[i + 1], false, &o, err, sizeof err) != 0) {
            fprintf(stderr, "righthelp play: %s\n", err);
            return 2;
        }
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--config") && i + 1 < argc) {
            i++;
            continue;
        }
        int rc = options_parse_one(&o, argc, argv, &i, err, sizeof err);
        if (rc < 0) {
            fprintf(stderr, "righthelp play: %s\n", err);
            return 2;
        }
        if (rc == 1) continue;
        if (!strcmp(argv[i], "--out") && i + 1 < argc) out = argv[++i];
        else if (argv[i][0] != '-' && !script_path) script_path = argv[i];
        else {
            fprintf(stderr, "righthelp play: unknown option '%s'\n", argv[i]);
            return 2;
        }
    }
    if (!script_path || !out) {
        fprintf(stderr, "usage: righthelp play SCRIPT --out DIR [--config PATH] [run options]\n");
        return 2;
    }
    if (mkdir(out, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "righthelp play: cannot create %s: %s\n", out, strerror(errno));
        return 1;
    }
    char *script = util_read_file(script_path, NULL, err, sizeof err);
    if (!script) {
        fprintf(stderr, "righthelp play: %s\n", err);
        return 1;
    }
    play_result res;
    int rc = play_run(script_path, script, &o, out, &res);
    free(script);
    TTF_Quit();
    SDL_Quit();
    if (rc != 0) {
        fprintf(stderr, "%s\n", res.error);
        return 1;
    }
    printf("{\"script\": \"%s\", \"steps\": %d, \"shots\": %d, \"screen\": \"%s\"}\n", script_path, res.steps,
           res.shots, res.screen);
    return 0;
}
