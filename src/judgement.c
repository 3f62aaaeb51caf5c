/* judgement.c: the fixed reasons for "my judgement differs". */
#include "judgement.h"

#include <string.h>

/* Short enough to read at a glance on a touch screen; the usual reasons a
 * practitioner's view of a threshold differs from a checklist's. */
const judgement_reason judgement_reasons[] = {
    { "history", "History or past concerns the questions did not cover" },
    { "child_voice", "What the child or family told me" },
    { "needs_add_up", "The needs add up differently from the rules" },
    { "strengths", "Strengths or support around the family" },
    { "local_threshold", "The local threshold document places it elsewhere" },
    { "other", "Another professional reason" },
};
const int judgement_nreasons = (int)(sizeof judgement_reasons / sizeof *judgement_reasons);

const char *judgement_label(const char *id)
{
    for (int i = 0; i < judgement_nreasons; i++)
        if (!strcmp(judgement_reasons[i].id, id)) return judgement_reasons[i].label;
    return id;
}
