/* training.c: a training session's state: cases, choices and answers. */
#include "training.h"

#include <stdio.h>
#include <string.h>

#include "decision.h"
#include "flow.h"
#include "util.h"

static void drop_case(training *t)
{
    if (t->c) flow_free_json(t->c);
    if (t->decision) flow_free_json(t->decision);
    t->c = t->decision = NULL;
    t->rules_action[0] = 0;
    t->chosen_level = t->chosen_action = -1;
    t->incomplete = false;
}

void training_wipe(training *t)
{
    drop_case(t);
    cJSON_Delete(t->sets);
    cJSON_Delete(t->levels);
    cJSON_Delete(t->actions);
    util_wipe(t, sizeof *t);
    t->chosen_level = t->chosen_action = -1;
}

int training_set_area(training *t, rules *r, const char *area, char *err, size_t errlen)
{
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(area));
    cJSON *levels = rules_call_typed(r, "rh_training_levels", args, cJSON_Array, err, errlen);
    if (!levels) return -1;
    if (cJSON_GetArraySize(levels) == 0) {
        snprintf(err, errlen, "area '%s' has no levels", area);
        cJSON_Delete(levels);
        return -1;
    }
    cJSON_Delete(t->levels);
    t->levels = levels;
    util_copy(t->area, sizeof t->area, area);
    util_copy(t->area_name, sizeof t->area_name, area);
    cJSON *areas = rules_areas(r, err, errlen);
    const cJSON *ar;
    cJSON_ArrayForEach(ar, areas)
        if (!strcmp(decision_str(ar, "id"), area)) util_copy(t->area_name, sizeof t->area_name, decision_str(ar, "name"));
    cJSON_Delete(areas);
    return 0;
}

int training_open(training *t, rules *r, const char *area, long seed, char *err, size_t errlen)
{
    training_wipe(t);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateNumber((double)(seed % 100000)));
    cJSON_AddItemToArray(args, cJSON_CreateString("en"));
    t->sets = rules_call_typed(r, "rh_training_sets", args, cJSON_Array, err, errlen);
    args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString("en"));
    t->actions = t->sets ? rules_call_typed(r, "rh_training_actions", args, cJSON_Array, err, errlen)
                         : (cJSON_Delete(args), NULL);
    if (!t->sets || !t->actions || training_set_area(t, r, area, err, errlen) != 0) {
        training_wipe(t);
        return -1;
    }
    return 0;
}

int training_nsets(const training *t) { return cJSON_GetArraySize(t->sets); }

const char *training_set_name(const training *t, int i)
{
    return decision_str(cJSON_GetArrayItem(t->sets, i), "name");
}

int training_set_size(const training *t, int i)
{
    return cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(t->sets, i), "cases"));
}

/* Loads case t->cases[t->current] and decides it as the kiosk would. */
static int load_case(training *t, rules *r, char *err, size_t errlen)
{
    drop_case(t);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(t->cases[t->current]));
    cJSON_AddItemToArray(args, cJSON_CreateString("en"));
    t->c = rules_call_typed(r, "rh_training_case", args, cJSON_Object, err, errlen);
    if (!t->c) return -1;
    t->decision = rules_decide(r, t->area, "practitioner", cJSON_GetObjectItemCaseSensitive(t->c, "answers"), "en",
                               err, errlen);
    if (!t->decision) return -1;
    args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateNumber(decision_level(t->decision)));
    const char *kind = decision_escalation(t->decision);
    cJSON_AddItemToArray(args, kind ? cJSON_CreateString(kind) : cJSON_CreateNull());
    cJSON *act = rules_call_typed(r, "rh_training_action", args, cJSON_String, err, errlen);
    if (!act) return -1;
    util_copy(t->rules_action, sizeof t->rules_action, act->valuestring);
    cJSON_Delete(act);
    return 0;
}

int training_start(training *t, rules *r, bool only_missed, char *err, size_t errlen)
{
    char ids[TRAINING_MAX_CASES][TRAINING_ID];
    int n = 0;
    if (only_missed) {
        for (int i = 0; i < t->nanswers && n < TRAINING_MAX_CASES; i++)
            if (!training_level_right(&t->answers[i]) || !training_action_right(&t->answers[i]))
                util_copy(ids[n++], TRAINING_ID, t->answers[i].case_id);
    } else {
        const cJSON *id;
        cJSON_ArrayForEach(id, cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(t->sets, t->set), "cases"))
            if (cJSON_IsString(id) && n < TRAINING_MAX_CASES) util_copy(ids[n++], TRAINING_ID, id->valuestring);
    }
    if (n == 0) {
        snprintf(err, errlen, "the training set has no cases");
        return -1;
    }
    memcpy(t->cases, ids, sizeof ids);
    t->ncases = n;
    t->current = 0;
    util_wipe(t->answers, sizeof t->answers);
    t->nanswers = 0;
    return load_case(t, r, err, errlen);
}

int training_check(training *t, const training_answer **out)
{
    const cJSON *lv = cJSON_GetArrayItem(t->levels, t->chosen_level);
    const cJSON *ac = cJSON_GetArrayItem(t->actions, t->chosen_action);
    if (!lv || !ac || !t->decision) {
        t->incomplete = true;
        return -1;
    }
    t->incomplete = false;
    training_answer *a = &t->answers[t->nanswers < TRAINING_MAX_CASES ? t->nanswers++ : TRAINING_MAX_CASES - 1];
    util_copy(a->case_id, sizeof a->case_id, t->cases[t->current]);
    util_copy(a->title, sizeof a->title, decision_str(t->c, "title"));
    a->chosen_level = (int)cJSON_GetObjectItemCaseSensitive(lv, "continuum")->valuedouble;
    util_copy(a->chosen_local, sizeof a->chosen_local, decision_str(lv, "name"));
    util_copy(a->chosen_action, sizeof a->chosen_action, decision_str(ac, "id"));
    a->rules_level = decision_level(t->decision);
    util_copy(a->rules_local, sizeof a->rules_local, decision_str(t->decision, "local_level"));
    util_copy(a->rules_action, sizeof a->rules_action, t->rules_action);
    *out = a;
    return 0;
}

int training_next(training *t, rules *r, char *err, size_t errlen)
{
    if (t->current + 1 >= t->ncases) {
        drop_case(t);
        return 1;
    }
    t->current++;
    return load_case(t, r, err, errlen);
}

/* Right when the Continuum level matches, as the stored statistics count it;
 * the feedback also says when an area's split level (2a or 2b) differs. */
bool training_level_right(const training_answer *a) { return a->chosen_level == a->rules_level; }

bool training_action_right(const training_answer *a) { return !strcmp(a->chosen_action, a->rules_action); }

const char *training_action_label(const training *t, const char *id)
{
    const cJSON *ac;
    cJSON_ArrayForEach(ac, t->actions) if (!strcmp(decision_str(ac, "id"), id)) return decision_str(ac, "label");
    return id;
}
