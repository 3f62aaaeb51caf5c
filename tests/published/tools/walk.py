#!/usr/bin/env python3
"""walk.py MODE ANSWERS.json : walks the kiosk's question flow for your answers.
Prints every question the kiosk would ask, in order, with your answer, and flags
questions that would be asked but that you have not answered, and answers you gave
to questions the kiosk would NOT ask (they are ignored). MODE is practitioner or family.
ANSWERS.json is {"question_id": "answer_id", ...}. It shows no rules and no results."""
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
mode, path = sys.argv[1], sys.argv[2]
qs = json.load(open(os.path.join(here, f"questions-{mode}.json")))
ans = json.load(open(path))
if mode in ans and isinstance(ans[mode], dict): ans = ans[mode]
def holds(cond, eff):
    if cond == "always": return True
    for part in cond.split(" and "):
        qid, want = part.split(" = ", 1)
        if eff.get(qid) not in want.split(" or "): return False
    return True
eff, asked, missing = {}, [], []
valid = {q["id"]: {o.split(":", 1)[0] for o in q["options"]} for q in qs}
for q in qs:
    if holds(q.get("asked_if", "always"), eff):
        a = ans.get(q["id"])
        if a is not None and a not in valid[q["id"]]:
            print(f"!! {q['id']}: '{a}' is not one of its options {sorted(valid[q['id']])}")
        eff[q["id"]] = a
        asked.append(q["id"])
        if a is None: missing.append(q["id"])
        print(f"{'  ' if a else '??'} {q['id']:28} = {a if a else '(not answered)'}   | {q['text'][:90]}")
extra = [k for k in ans if k not in asked]
print(f"\nasked: {len(asked)}; not answered: {len(missing)} {missing}")
if extra: print(f"answers to questions the kiosk would not ask (ignored): {extra}")
