/* app_judge.c: "My judgement differs" on the practitioner result screen.
 *
 * The practitioner picks the level they would choose (in the area's own words)
 * and a reason from a fixed list; nothing is typed. It is attached to the row
 * the session already saved, with the rule that set the kiosk's level, so the
 * statistics can show which rules practitioners most often override. It never
 * changes the advice on screen: the rules' answer stays what it was. */
#include "app_staff.h"

#include <stdio.h>
#include <string.h>

#include "decision.h"
#include "judgement.h"
#include "util.h"

void judge_session_saved(app *a, long long id) { a->session_id = id; }

cJSON *judge_levels(app *a)
{
    char err[256];
    cJSON *areas = a->r ? rules_areas(a->r, err, sizeof err) : NULL;
    cJSON *levels = NULL;
    const cJSON *ar;
    cJSON_ArrayForEach(ar, areas)
        if (!strcmp(decision_str(ar, "id"), a->area)) levels = cJSON_DetachItemFromObject((cJSON *)ar, "levels");
    cJSON_Delete(areas);
    return levels;
}

static int continuum_of(const cJSON *level)
{
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(level, "continuum");
    return cJSON_IsNumber(c) ? c->valueint : 0;
}

const char *judge_level_label(app *a, const cJSON *level)
{
    int n = continuum_of(level);
    const char *name = decision_str(level, "name");
    char num[12];
    snprintf(num, sizeof num, "%d", n);
    return !strcmp(name, num) || !*name ? app_printf(a, "Level %d", n) : app_printf(a, "%s (level %d)", name, n);
}

/* The rule that set the kiosk's level: the first reason at the decided level. */
static const char *driver(const cJSON *d)
{
    int level = decision_level(d);
    const cJSON *r;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons")) {
        const cJSON *l = cJSON_GetObjectItemCaseSensitive(r, "level");
        if (cJSON_IsNumber(l) && l->valueint == level) return decision_str(r, "rule");
    }
    return "";
}

static void save(app *a)
{
    cJSON *levels = judge_levels(a);
    const cJSON *lv = cJSON_GetArrayItem(levels, a->judge_level);
    int cl = continuum_of(lv);
    if (!lv || cl < 1 || cl > 4) {
        cJSON_Delete(levels);
        a->judge_level = -1;
        return;
    }
    store_judgement j = { .level = cl, .local_level = decision_str(lv, "name"),
                          .reason = judgement_reasons[a->judge_reason].id, .driver = driver(a->decision) };
    char err[256] = "the database is not available";
    a->judged = app_store_for_write(a) && a->session_id > 0 && store_judge(a->st, a->session_id, &j, err, sizeof err) == 0;
    if (!a->judged) {
        util_log("judgement not recorded: %s", err);
        if (a->st) util_copy(a->store_error, sizeof a->store_error, err);
    }
    cJSON_Delete(levels);
    app_go(a, SCREEN_RESULT);
}

void judge_act(app *a, app_action act, int arg)
{
    /* Only on a practitioner's result: a family never sees this. */
    if (!a->decision || strcmp(a->mode, "practitioner")) return;
    switch (act) {
    case ACT_JUDGE_OPEN:
        if (!a->judged) a->judge_level = a->judge_reason = -1;
        app_go(a, SCREEN_JUDGE);
        break;
    case ACT_JUDGE_LEVEL:
        if (arg >= 0) a->judge_level = arg;
        a->dirty = true;
        break;
    case ACT_JUDGE_REASON:
        if (arg >= 0 && arg < judgement_nreasons) a->judge_reason = arg;
        a->dirty = true;
        break;
    case ACT_JUDGE_SAVE:
        if (a->judge_level >= 0 && a->judge_reason >= 0) save(a);
        break;
    case ACT_JUDGE_CANCEL:
        if (!a->judged) a->judge_level = a->judge_reason = -1;
        app_go(a, SCREEN_RESULT);
        break;
    default: break;
    }
}
