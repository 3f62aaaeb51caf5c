/* flow.h: the question flow of one session: which question is on screen, the
 * answers so far, Back, and the skip logic (asked by the rule pack).
 *
 * Answers live only here, in fixed arrays, and flow_wipe zeroes them: a
 * session leaves nothing behind in memory. */
#ifndef FLOW_H
#define FLOW_H

#include <stdbool.h>
#include <cjson/cJSON.h>

#include "rules.h"

#define FLOW_MAX_QUESTIONS 160
#define FLOW_ID 48

typedef struct flow_pair {
    char qid[FLOW_ID];
    char aid[FLOW_ID];
} flow_pair;

typedef struct flow {
    rules *r;
    char mode[16];
    cJSON *questions;                    /* the mode's questions in the session's language */
    int nquestions;
    flow_pair answers[FLOW_MAX_QUESTIONS];
    int nanswers;
    int history[FLOW_MAX_QUESTIONS];     /* question indices shown, oldest first */
    int nhistory;
    int current;                         /* question index on screen, or -1 when all are answered */
    int asked;                           /* questions the flow asks given the answers so far */
} flow;

/* Loads the questions and moves to the first. 0 on success. */
int flow_start(flow *f, rules *r, const char *mode, const char *lang, char *err, size_t errlen);
void flow_wipe(flow *f);

const cJSON *flow_question(const flow *f, int index);
int flow_index_of(const flow *f, const char *qid);
/* The answer id given to question qid, or NULL. */
const char *flow_answer_of(const flow *f, const char *qid);

/* Answers the current question and moves to the next question the flow asks
 * that has no answer yet (or to -1: all answered). 0 on success. */
int flow_answer(flow *f, const char *aid, char *err, size_t errlen);
/* Goes back to the previous question shown; false if there is none. */
bool flow_back(flow *f);
/* Shows question index again to change its answer (from "check your answers"). */
void flow_goto(flow *f, int index);

/* The answers as a JSON object for the rules; caller frees with flow_free_json. */
cJSON *flow_answers_json(const flow *f);
/* Zeroes the strings of a JSON tree before freeing it. */
void flow_free_json(cJSON *j);

/* Position of the current question among those asked, from 1. */
int flow_position(const flow *f);

#endif
