#!/usr/bin/env python3
"""make-kit.py CASES KIT [N]: for the case files in the folder CASES, writes what a blind mapper may see into the folder KIT: the question lists
as the kiosk shows them (no 'why' lines: they name the rules), walk.py, the brief, and the cases
split into N batches (default 4) holding only age, presenter, practitioner and facts under opaque
ids ("c001"...). The key from opaque to real ids goes to KIT.key.json, beside the folder, never
into it. Give a mapper only KIT; then run merge.py --cases CASES --key KIT.key.json KIT/out. Run from the checkout
after 'make build/righthelp'."""
import glob, json, os, shutil, subprocess, sys

cases_dir, kit = sys.argv[1], os.path.abspath(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 4
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(kit, "out"), exist_ok=True)
for mode in ("practitioner", "family"):
    qs = json.loads(subprocess.check_output(["build/righthelp", "questions", "--area", "sutton", "--mode", mode]))
    out = []
    for q in qs:
        o = {k: q[k] for k in ("id", "text", "hint", "asked_if") if q.get(k)}
        o["options"] = [f"{a['id']}: {a['label']}" for a in q["options"]]
        out.append(o)
    json.dump(out, open(os.path.join(kit, f"questions-{mode}.json"), "w"), indent=1, ensure_ascii=False)
shutil.copy(os.path.join(here, "walk.py"), kit)
brief = open(os.path.join(here, "mapper-brief.md")).read().replace("KIT", kit)
open(os.path.join(kit, "PROMPT.md"), "w").write(brief)
cases = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(cases_dir, "*.json"))) if not f.endswith("floor.json")]
key, batches = {}, [[] for _ in range(n)]
for i, c in enumerate(cases):
    oid = f"c{i + 1:03d}"
    key[oid] = c["id"]
    batches[i % n].append({"id": oid, **{k: c[k] for k in ("age", "presenter", "practitioner", "facts")}})
for b, items in enumerate(batches):
    json.dump(items, open(os.path.join(kit, f"batch-{b + 1}.json"), "w"), indent=1, ensure_ascii=False)
json.dump(key, open(kit + ".key.json", "w"), indent=1)
print(f"{len(cases)} cases in {n} batches in {kit}; the key is {kit}.key.json")
