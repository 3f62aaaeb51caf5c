/* rules.h: the Lua rules host. One sandboxed Lua state holds one rule pack.
 *
 * C asks the pack questions through rh_* functions and gets answers back as
 * cJSON trees; nothing about safeguarding is decided here. A pack that fails
 * to load, runs too long, uses too much memory or returns the wrong shape
 * gives an error message (never a crash) and marks the host broken, so the
 * caller can fall back to the fail-safe screen and reload between sessions.
 *
 * Ownership: rules_open creates, rules_close frees. Every cJSON returned is
 * owned by the caller (cJSON_Delete). */
#ifndef RULES_H
#define RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include <cjson/cJSON.h>

typedef struct rules rules;

typedef struct rules_limits {
    size_t memory_bytes;        /* cap on the Lua state's memory */
    long   call_instructions;   /* VM instructions per call into the pack */
    long   load_instructions;   /* VM instructions to load the whole pack */
    long   call_ms;             /* wall-clock bound per call */
    long   load_ms;             /* wall-clock bound for loading */
} rules_limits;

/* The limits the kiosk uses; tests may tighten them. */
rules_limits rules_default_limits(void);

/* Loads the pack in dir. On failure returns NULL and writes "file:line: message"
 * (or a plain message) into err. */
rules *rules_open(const char *dir, const rules_limits *lim, char *err, size_t errlen);
/* For a start: reads and runs only what the start screen asks (the languages, English strings);
 * rules_finish reads, hashes and runs the rest, and any other call finishes it first. The version
 * is known once it has. Other languages' catalogues and the training cases then wait until the pack
 * first asks for them (host.load in engine.lua), each checked against the hash it was loaded with. */
rules *rules_open_start(const char *dir, const rules_limits *lim, char *err, size_t errlen);
bool rules_pending(const rules *r);
/* What must pass once the rest of a pack opened for a start has loaded, before it answers anything
 * else (pack.c: its self-test). arg is a copy of rules_set_vet's. 0, or -1 with err. */
typedef int (*rules_vet)(rules *r, const char *arg, char *err, size_t errlen);
void rules_set_vet(rules *r, rules_vet fn, const char *arg);
/* Loads the rest (rules_open_start), then runs the vet. 0, or -1 with err: the pack is then broken,
 * and every later call fails with the same error. */
int rules_finish(rules *r, char *err, size_t errlen);
void rules_close(rules *r);
/* Between sessions: the pack forgets what it made for the calls so far (rh_forget, when it has one),
 * and the garbage they left (up to the pack's own size before Lua would collect it) is collected. */
void rules_forget(rules *r);

/* Hex BLAKE2b-256 over every file of the pack, in load order (path and bytes), then its cases;
 * "" until the rest of a pack opened for a start has been read. */
const char *rules_version(const rules *r);
const char *rules_dir(const rules *r);
/* Number of files the pack was loaded from, and the i-th (relative path). */
int rules_file_count(const rules *r);
const char *rules_file(const rules *r, int i);

/* True once a call has failed in a way that may have left the state unsound
 * (limit hit, wrong types). A broken host refuses every further call. */
bool rules_broken(const rules *r);

/* Calls global function fn with the JSON values args (an array, may be NULL)
 * and converts its single result to JSON. NULL on error, with err filled. */
cJSON *rules_call(rules *r, const char *fn, const cJSON *args, char *err, size_t errlen);

/* rules_call that takes args (and frees them) and wants a result of cJSON type
 * mask type (cJSON_Array, cJSON_Object, ...): another type breaks the host,
 * as any rule that misbehaves does. */
cJSON *rules_call_typed(rules *r, const char *fn, cJSON *args, int type, char *err, size_t errlen);

/* rules_call with its own bounds, for long checks (the linter, self-tests). */
cJSON *rules_call_bounded(rules *r, const char *fn, const cJSON *args, long instructions, long ms, char *err,
                          size_t errlen);

/* Loads one more text chunk, from the program rather than the pack (the linter),
 * into the same sandbox. 0 on success. */
int rules_load_program(rules *r, const char *path, char *err, size_t errlen);

/* Conveniences over rules_call. */
cJSON *rules_areas(rules *r, char *err, size_t errlen);
cJSON *rules_languages(rules *r, char *err, size_t errlen);
cJSON *rules_questions(rules *r, const char *mode, const char *lang, char *err, size_t errlen);
/* 1 asked, 0 not asked, -1 error. */
int rules_asked(rules *r, const char *mode, const char *qid, const cJSON *answers, char *err, size_t errlen);
/* The decision for these answers, checked for shape (see decision.h), with
 * "rules_version" added. NULL on error. */
cJSON *rules_decide(rules *r, const char *area, const char *mode, const cJSON *answers,
                    const char *lang, char *err, size_t errlen);
/* The same at a time of day (the kiosk's clock): outside the front door's office hours its out-of-hours
 * number comes first. at may be NULL. */
cJSON *rules_decide_at(rules *r, const char *area, const char *mode, const cJSON *answers,
                       const char *lang, const struct tm *at, char *err, size_t errlen);
/* A string from the pack's catalogues (lang, falling back to English), or NULL.
 * The result is copied into buf. */
const char *rules_string(rules *r, const char *lang, const char *key, char *buf, size_t buflen);

/* Memory the Lua state holds now, and the most it has held. */
size_t rules_memory(const rules *r);
size_t rules_memory_peak(const rules *r);

#endif
