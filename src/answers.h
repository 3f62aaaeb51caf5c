/* answers.h: the answers object that 'decide --answers' reads:
 * {"question_id": "answer_id", ...}. Parsing is kept apart from reading the
 * file so that the fuzzer (tests/fuzz/fuzz_answers.c) reaches exactly this code. */
#ifndef ANSWERS_H
#define ANSWERS_H

#include <stddef.h>
#include <cjson/cJSON.h>

/* Parses text (NUL-terminated) as an answers object; name is used in messages.
 * NULL with err filled when it is not JSON, not an object, or an answer is not
 * a string. The caller frees the result with cJSON_Delete. */
cJSON *answers_parse(const char *text, const char *name, char *err, size_t errlen);

#endif
