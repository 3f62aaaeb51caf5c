/* judgement.h: the fixed list of reasons a practitioner can give for "my
 * judgement differs". Fixed so that nothing typed is ever stored, and so that
 * figures from every kiosk add up; the ids are stored, never the words. */
#ifndef JUDGEMENT_H
#define JUDGEMENT_H

typedef struct judgement_reason {
    const char *id;      /* stored in sessions.judged_reason: never change a shipped id */
    const char *label;   /* shown to practitioners (English, like the staff screens) */
} judgement_reason;

extern const judgement_reason judgement_reasons[];
extern const int judgement_nreasons;

/* The label for a stored id, or the id itself when it is not one of ours. */
const char *judgement_label(const char *id);

#endif
