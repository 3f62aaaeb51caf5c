/* fuzz_answers.c: libFuzzer target for what 'decide --answers' reads: the
 * answers JSON (answers_parse) and, when it is accepted, the decision the rule
 * pack makes from it (JSON into Lua and the decision back out). Any input must
 * give a clear error or a decision of the right shape; never a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "decision.h"
#include "rules.h"

static rules *r;

static const char *const areas[] = { "kingston-richmond", "kensington-chelsea", "city-of-london", "wandsworth",
                                     "sutton", "nowhere" };
static const char *const modes[] = { "family", "practitioner", "training" };
static const char *const langs[] = { "en", "ar", "zz" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = 0;
    char err[1024] = "";
    cJSON *answers = answers_parse(text, "fuzz", err, sizeof err);
    free(text);
    if (!answers) {
        if (!err[0]) abort(); /* refused without saying why */
        return 0;
    }
    if (!r) {
        const char *dir = getenv("RIGHTHELP_RULES");
        r = rules_open(dir ? dir : "rules", NULL, err, sizeof err);
        if (!r) {
            fprintf(stderr, "fuzz_answers: the rule pack does not load: %s\n", err);
            abort();
        }
    }
    unsigned h = 0; /* the kiosk setting, chosen from the input so that a crash replays */
    for (size_t i = 0; i < size; i++) h = h * 31 + data[i];
    err[0] = 0;
    cJSON *d = rules_decide(r, areas[h % 6], modes[(h / 6) % 3], answers, langs[(h / 18) % 3], err, sizeof err);
    if (d) {
        int level = decision_level(d);
        if (level < 1 || level > 4) abort();
        cJSON_Delete(d);
    } else {
        if (!err[0]) abort();
        if (rules_broken(r)) { /* the kiosk would reload between sessions: so do we */
            rules_close(r);
            r = NULL;
        }
    }
    cJSON_Delete(answers);
    return 0;
}
