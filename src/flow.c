/* flow.c: the question flow: answers, history, and the next question to ask. */
#include "flow.h"

#include <stdio.h>
#include <string.h>

#include "util.h"

int flow_start(flow *f, rules *r, const char *mode, const char *lang, char *err, size_t errlen)
{
    flow_wipe(f);
    f->r = r;
    util_copy(f->mode, sizeof f->mode, mode);
    f->questions = rules_questions(r, mode, lang, err, errlen);
    if (!f->questions) return -1;
    f->nquestions = cJSON_GetArraySize(f->questions);
    if (f->nquestions == 0 || f->nquestions > FLOW_MAX_QUESTIONS) {
        snprintf(err, errlen, "the rule pack has %d questions for %s (1 to %d allowed)", f->nquestions, mode,
                 FLOW_MAX_QUESTIONS);
        return -1;
    }
    f->current = -1;
    f->nanswers = 0;
    /* Move to the first question the flow asks. */
    return flow_answer(f, NULL, err, errlen);
}

void flow_wipe(flow *f)
{
    if (f->questions) cJSON_Delete(f->questions);
    util_wipe(f, sizeof *f);
    f->current = -1;
}

const cJSON *flow_question(const flow *f, int index)
{
    return index >= 0 ? cJSON_GetArrayItem(f->questions, index) : NULL;
}

int flow_index_of(const flow *f, const char *qid)
{
    int i = 0;
    const cJSON *q;
    cJSON_ArrayForEach(q, f->questions) {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(q, "id");
        if (cJSON_IsString(id) && !strcmp(id->valuestring, qid)) return i;
        i++;
    }
    return -1;
}

static int find_answer(const flow *f, const char *qid)
{
    for (int i = 0; i < f->nanswers; i++)
        if (!strcmp(f->answers[i].qid, qid)) return i;
    return -1;
}

const char *flow_answer_of(const flow *f, const char *qid)
{
    int i = find_answer(f, qid);
    return i >= 0 ? f->answers[i].aid : NULL;
}

cJSON *flow_answers_json(const flow *f)
{
    cJSON *o = cJSON_CreateObject();
    for (int i = 0; i < f->nanswers; i++) cJSON_AddStringToObject(o, f->answers[i].qid, f->answers[i].aid);
    return o;
}

static void wipe_json(cJSON *j)
{
    for (cJSON *c = j; c; c = c->next) {
        if (c->string) util_wipe(c->string, strlen(c->string));
        if (cJSON_IsString(c) && c->valuestring) util_wipe(c->valuestring, strlen(c->valuestring));
        if (c->child) wipe_json(c->child);
    }
}

void flow_free_json(cJSON *j)
{
    if (!j) return;
    if (j->child) wipe_json(j->child);
    cJSON_Delete(j);
}

static const char *qid_at(const flow *f, int index)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(flow_question(f, index), "id");
    return cJSON_IsString(id) ? id->valuestring : "";
}

static void remove_answer(flow *f, int i)
{
    f->answers[i] = f->answers[f->nanswers - 1];
    util_wipe(&f->answers[f->nanswers - 1], sizeof f->answers[0]);
    f->nanswers--;
}

/* Asks the pack which questions the flow asks now; drops answers to questions
 * no longer asked (a changed screening answer closes its detail questions) and
 * moves to the first asked question without an answer. */
static int advance(flow *f, char *err, size_t errlen)
{
    cJSON *answers = flow_answers_json(f);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(f->mode));
    cJSON_AddItemToArray(args, answers);
    cJSON *asked = rules_call(f->r, "rh_flow", args, err, errlen);
    flow_free_json(args);
    if (!cJSON_IsArray(asked)) {
        if (asked) snprintf(err, errlen, "rh_flow did not return a list");
        cJSON_Delete(asked);
        return -1;
    }
    bool keep[FLOW_MAX_QUESTIONS] = { false };
    int next = -1;
    f->asked = 0;
    const cJSON *q;
    cJSON_ArrayForEach(q, asked) {
        int idx = cJSON_IsString(q) ? flow_index_of(f, q->valuestring) : -1;
        if (idx < 0) continue;
        f->asked++;
        int a = find_answer(f, q->valuestring);
        if (a >= 0) keep[a] = true;
        else if (next < 0) next = idx;
    }
    cJSON_Delete(asked);
    for (int i = f->nanswers - 1; i >= 0; i--)
        if (!keep[i]) remove_answer(f, i);
    f->current = next;
    if (next >= 0 && (f->nhistory == 0 || f->history[f->nhistory - 1] != next) && f->nhistory < FLOW_MAX_QUESTIONS)
        f->history[f->nhistory++] = next;
    return 0;
}

int flow_answer(flow *f, const char *aid, char *err, size_t errlen)
{
    if (aid && f->current >= 0) {
        const char *qid = qid_at(f, f->current);
        int i = find_answer(f, qid);
        if (i < 0) {
            if (f->nanswers == FLOW_MAX_QUESTIONS) {
                snprintf(err, errlen, "too many answers");
                return -1;
            }
            i = f->nanswers++;
        }
        util_copy(f->answers[i].qid, FLOW_ID, qid);
        util_copy(f->answers[i].aid, FLOW_ID, aid);
    }
    return advance(f, err, errlen);
}

bool flow_back(flow *f)
{
    if (f->current < 0) { /* from the end (check answers): back to the last question shown */
        if (f->nhistory == 0) return false;
        f->current = f->history[f->nhistory - 1];
        return true;
    }
    if (f->nhistory < 2) return false;
    f->nhistory--;
    f->current = f->history[f->nhistory - 1];
    return true;
}

void flow_goto(flow *f, int index)
{
    if (index < 0 || index >= f->nquestions) return;
    f->current = index;
    if (f->nhistory < FLOW_MAX_QUESTIONS) f->history[f->nhistory++] = index;
}

int flow_position(const flow *f)
{
    if (f->current < 0) return f->asked;
    /* answered questions that come before the current one in the flow, plus one */
    int pos = 1;
    for (int i = 0; i < f->nanswers; i++) {
        int idx = flow_index_of(f, f->answers[i].qid);
        if (idx >= 0 && idx < f->current) pos++;
    }
    return pos;
}
