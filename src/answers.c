/* answers.c: checks the answers object 'decide' is given before the rules see it. */
#include "answers.h"

#include <stdio.h>

cJSON *answers_parse(const char *text, const char *name, char *err, size_t errlen)
{
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithOpts(text, &end, 1);
    if (!j) {
        snprintf(err, errlen, "%s: not valid JSON near byte %ld", name, end ? (long)(end - text) : 0L);
        return NULL;
    }
    if (!cJSON_IsObject(j)) {
        snprintf(err, errlen, "%s: answers must be a JSON object of question id to answer id", name);
        cJSON_Delete(j);
        return NULL;
    }
    const cJSON *c;
    cJSON_ArrayForEach(c, j) {
        if (!cJSON_IsString(c)) {
            snprintf(err, errlen, "%s: the answer to '%s' must be a string (an answer id)", name, c->string);
            cJSON_Delete(j);
            return NULL;
        }
    }
    return j;
}
