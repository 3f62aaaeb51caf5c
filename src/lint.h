/* lint.h: 'righthelp check': everything that can be wrong with a rule pack,
 * as "file:line" problems, errors and warnings. The checks themselves are Lua
 * (assets/lint.lua, part of the program, not the pack) run over the loaded pack. */
#ifndef LINT_H
#define LINT_H

#include <stdbool.h>

typedef struct lint_item {
    char where[160];
    char message[400];
    bool error;
} lint_item;

typedef struct lint_report {
    lint_item *items;
    int n, cap, errors;
    char version[80];
    struct cJSON *contacts; /* the cards routes can show and those without a sourced contact, or NULL */
} lint_report;

/* Loads the pack in rules_dir and checks it. Always fills rep. */
void lint_run(const char *rules_dir, const char *assets_dir, lint_report *rep);
void lint_free(lint_report *rep);
/* Contacts checked longer ago than this many months are warned of (default 12). */
void lint_set_contact_max_age(int months);

#endif
