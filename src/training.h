/* training.h: a training session: a trainer's area and set of cases, the case
 * on screen, the trainee's choice of level and first action, and the answers
 * so far for the score.
 *
 * The cases, their teaching points and which first action each decision calls
 * for all come from the rule pack (rules/training/, rh_training_*); a case's
 * level is decided by rules_decide on its answers, the kiosk's own path. This
 * module only keeps the session. Ownership: training_open fills it,
 * training_wipe frees and zeroes it (idle and quick exit wipe it too). */
#ifndef TRAINING_H
#define TRAINING_H

#include <stdbool.h>
#include <stddef.h>
#include <cjson/cJSON.h>

#include "rules.h"

#define TRAINING_MAX_CASES 64
#define TRAINING_ID 48

typedef struct training_answer {
    char case_id[TRAINING_ID];
    char title[160];
    int chosen_level, rules_level;             /* Continuum 1-4 */
    char chosen_local[64], rules_local[64];     /* the area's level names */
    char chosen_action[24], rules_action[24];   /* first action ids */
} training_answer;

typedef struct training {
    char area[64];
    char area_name[96];       /* as the partnership names it */
    cJSON *sets;              /* [{id, name, cases: [ids]}] */
    int set;                  /* the set the trainer picked */
    cJSON *levels;            /* the area's levels: [{continuum, name, label}] */
    cJSON *actions;           /* the first actions: [{id, label}] */
    char cases[TRAINING_MAX_CASES][TRAINING_ID];
    int ncases, current;      /* the session's cases, and the one on screen */
    cJSON *c;                 /* the case on screen: {id, title, story, teaching, answers, ...} */
    cJSON *decision;          /* the rules' decision on its answers */
    char rules_action[24];    /* the first action that decision calls for */
    int chosen_level, chosen_action;   /* indices into levels and actions, or -1 */
    bool incomplete;          /* Check was tapped before both were chosen */
    training_answer answers[TRAINING_MAX_CASES];
    int nanswers;
} training;

/* Loads the sets, actions and the area's levels. seed varies the mixed set. 0 on success. */
int training_open(training *t, rules *r, const char *area, long seed, char *err, size_t errlen);
void training_wipe(training *t);
/* Changes the area (its level names and routes). 0 on success. */
int training_set_area(training *t, rules *r, const char *area, char *err, size_t errlen);
int training_nsets(const training *t);
const char *training_set_name(const training *t, int i);
int training_set_size(const training *t, int i);

/* Starts the picked set (or, with only_missed, the cases answered wrongly so
 * far) and loads its first case. 0 on success. */
int training_start(training *t, rules *r, bool only_missed, char *err, size_t errlen);
/* Records the trainee's choice against the rules' answer; -1 when a level or an
 * action is not chosen yet. *out points at the stored answer. */
int training_check(training *t, const training_answer **out);
/* Loads the next case; 1 when there is none (the session is over), -1 on error. */
int training_next(training *t, rules *r, char *err, size_t errlen);

bool training_level_right(const training_answer *a);
bool training_action_right(const training_answer *a);
/* The label of action id, or the id itself. */
const char *training_action_label(const training *t, const char *id);

#endif
