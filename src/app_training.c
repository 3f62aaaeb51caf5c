/* app_training.c: the training session's actions: the trainer's choices, the
 * trainee's level and first action, the feedback, the score.
 *
 * A training case is fiction: its red flags are shown on the feedback screen,
 * never as the escalation screen. Idle and quick exit wipe the session like
 * any other (app_wipe). Each decided case is stored as one anonymous row. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "decision.h"
#include "util.h"

static bool training_screen(const app *a)
{
    return a->screen >= SCREEN_TRAIN_SETUP && a->screen <= SCREEN_TRAIN_SCORE;
}

static void begin(app *a)
{
    char err[512];
    if (!a->r) {
        app_fail(a, "no rule pack for training");
        return;
    }
    if (training_open(&a->tr, a->r, a->area, (long)(a->now_ms / 1000), err, sizeof err) != 0) {
        app_fail(a, err);
        return;
    }
    util_copy(a->mode, sizeof a->mode, "training");
    /* Training is for staff and in English (train.* strings): left to right. */
    util_copy(a->lang, sizeof a->lang, "en");
    a->rtl = false;
    app_go(a, SCREEN_TRAIN_SETUP);
}

/* The next area after the training's own (the kiosk's area is the staff's). */
static void next_area(app *a)
{
    char err[512];
    cJSON *areas = rules_areas(a->r, err, sizeof err);
    int n = cJSON_GetArraySize(areas), cur = -1;
    for (int i = 0; i < n; i++)
        if (!strcmp(decision_str(cJSON_GetArrayItem(areas, i), "id"), a->tr.area)) cur = i;
    if (n > 0 &&
        training_set_area(&a->tr, a->r, decision_str(cJSON_GetArrayItem(areas, (cur + 1) % n), "id"), err, sizeof err) != 0)
        app_fail(a, err);
    cJSON_Delete(areas);
    a->dirty = true;
}

static void save(app *a, const training_answer *ans)
{
    if (!a->st) return;
    store_training_row row = {
        .when = time(NULL), .area = a->tr.area, .case_id = ans->case_id,
        .chosen_level = ans->chosen_level, .rules_level = ans->rules_level,
        .chosen_local = ans->chosen_local, .rules_local = ans->rules_local,
        .chosen_action = ans->chosen_action, .rules_action = ans->rules_action,
        .rules_version = decision_str(a->tr.decision, "rules_version"),
    };
    char err[256];
    if (store_training_save(a->st, &row, err, sizeof err) != 0) {
        util_log("training answer not stored: %s", err);
        util_copy(a->store_error, sizeof a->store_error, err);
    }
}

static void start(app *a, bool only_missed)
{
    char err[512];
    if (training_start(&a->tr, a->r, only_missed, err, sizeof err) != 0) app_fail(a, err);
    else app_go(a, SCREEN_TRAIN_CASE);
}

bool app_training_act(app *a, app_action act, int arg)
{
    char err[512];
    training *t = &a->tr;
    switch (act) {
    case ACT_MODE:
        if (arg != 2) return false;
        begin(a);
        return true;
    case ACT_BACK:
        if (!training_screen(a)) return false;
        if (a->screen == SCREEN_TRAIN_CHOOSE) app_go(a, SCREEN_TRAIN_CASE);
        else if (a->screen == SCREEN_TRAIN_SETUP) {
            app_wipe(a);
            app_go(a, SCREEN_START);
        }
        return true;
    default:
        break;
    }
    if (act < ACT_TRAIN_AREA) return false;
    if (!t->levels || !training_screen(a)) return true; /* no training session: nothing to act on */
    switch (act) {
    case ACT_TRAIN_AREA: next_area(a); return true;
    case ACT_TRAIN_SET:
        if (training_nsets(t) > 0) t->set = (t->set + 1) % training_nsets(t);
        a->dirty = true;
        return true;
    case ACT_TRAIN_START: start(a, false); return true;
    case ACT_TRAIN_AGAIN: start(a, true); return true;
    case ACT_TRAIN_DECIDE: app_go(a, SCREEN_TRAIN_CHOOSE); return true;
    case ACT_TRAIN_LEVEL:
        if (arg >= 0 && arg < cJSON_GetArraySize(t->levels)) t->chosen_level = arg;
        a->dirty = true;
        return true;
    case ACT_TRAIN_ACTION:
        if (arg >= 0 && arg < cJSON_GetArraySize(t->actions)) t->chosen_action = arg;
        a->dirty = true;
        return true;
    case ACT_TRAIN_CHECK: {
        const training_answer *ans;
        if (training_check(t, &ans) == 0) {
            save(a, ans);
            app_go(a, SCREEN_TRAIN_FEEDBACK);
        }
        a->dirty = true;
        return true;
    }
    case ACT_TRAIN_NEXT: {
        int rc = training_next(t, a->r, err, sizeof err);
        if (rc < 0) app_fail(a, err);
        else app_go(a, rc == 1 ? SCREEN_TRAIN_SCORE : SCREEN_TRAIN_CASE);
        return true;
    }
    default: return false;
    }
}
