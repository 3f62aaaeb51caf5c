#!/usr/bin/env python3
"""merge.py [--cases DIR] [--key KEY.json] OUT_DIR [DELTA_DIR ...]: puts blind mappings (OUT_DIR/<id>.json, written by a mapper who saw
only the facts and the question list) into tests/published/<id>.json as "mapping", with the hash of
the question lists they answered, and gives each case an area (its own borough when it is one of
ours, else the five in turn). Each DELTA_DIR/<id>.json holds a blind mapper's answers to questions
that changed since OUT_DIR was written (the mapping redone for those questions only), applied in
order; when delta folders are given, a case in none of them keeps a stale hash, so 'check' refuses
it. Without them, OUT_DIR is taken as answering the current questions. Run from the checkout
after 'make build/righthelp'. --cases names the folder of case files (tests/published); --key maps the
opaque ids a kit gave the mapper (make-kit.py) back to the case ids. OUT_DIR "stored" takes the mapping
already in each case file as the base, so a later round needs only its delta folders."""
import glob, hashlib, json, os, subprocess, sys

AREAS = ["kingston-richmond", "kensington-chelsea", "city-of-london", "wandsworth", "sutton"]
BOROUGH = {"kingston": "kingston-richmond", "richmond": "kingston-richmond", "kensington": "kensington-chelsea",
           "chelsea": "kensington-chelsea", "city of london": "city-of-london", "wandsworth": "wandsworth",
           "sutton": "sutton"}

def question_hash(mode):
    """The same hash as src/published.c: what a mapper sees of each question, in flow order."""
    qs = json.loads(subprocess.check_output(["build/righthelp", "questions", "--area", "sutton", "--mode", mode]))
    h = hashlib.sha256()
    for q in qs:
        for part in (q["id"], q["text"], q.get("hint", "")):
            h.update((part + "\n").encode())
        for o in q["options"]:
            h.update(f"{o['id']}: {o['label']}\n".encode())
        h.update((q["asked_if"] + "\n\n").encode())
    return h.hexdigest()

def main(out_dir, *delta_dirs, cases_dir="tests/published", key=None):
    hashes = {m: question_hash(m) for m in ("practitioner", "family")}
    files = [f for f in sorted(glob.glob(os.path.join(cases_dir, "*.json"))) if not f.endswith("floor.json")]
    back = {real: opaque for opaque, real in json.load(open(key)).items()} if key else {}
    merged = 0
    for i, f in enumerate(files):
        case = json.load(open(f))
        if not case.get("area"):
            b = (case.get("borough") or "").lower()
            case["area"] = next((a for k, a in BOROUGH.items() if k in b), AREAS[i % len(AREAS)])
        m = os.path.join(out_dir, back.get(case["id"], case["id"]) + ".json")
        stored = out_dir == "stored" and "mapping" in case
        if stored or os.path.exists(m):
            got = dict(case["mapping"]) if stored else json.load(open(m))
            by = case["mapping"].get("by", "") if stored else "a blind mapper (facts and question list only)"
            qh = hashes
            redone = False
            for delta_dir in delta_dirs:
                dm = os.path.join(delta_dir, back.get(case["id"], case["id"]) + ".json")
                if os.path.exists(dm):
                    for qid, a in json.load(open(dm)).items():
                        got["family" if qid.startswith("f_") else "practitioner"][qid] = a
                    redone = True
            if redone:
                if "reworded since" not in by:
                    by += "; the questions reworded since were answered again, blind"
            elif delta_dirs:  # not redone in this round: current only if it was already
                qh = case["mapping"]["questions"] if stored else {m: "answered for an earlier question list" for m in hashes}
            case["mapping"] = {"questions": qh, "by": by,
                               "practitioner": got["practitioner"], "family": got["family"],
                               "notes": got.get("notes", "")}
            merged += 1
        with open(f, "w") as fh:
            json.dump(case, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(f"{merged} mappings merged into {len(files)} cases")

if __name__ == "__main__":
    args, opts = sys.argv[1:], {}
    while args and args[0] in ("--cases", "--key"):
        opts[args[0][2:] if args[0] == "--key" else "cases_dir"] = args[1]
        args = args[2:]
    main(*args, **opts)
