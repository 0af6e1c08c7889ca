#!/usr/bin/env python3
"""ilacs history over the whole corpus against the grade changes the labels give.

From SHARED/corpus/labels.jsonl this derives, for every corpus authority (the folder's URN
mapped to its DfE code through SHARED/reference/local_authorities.csv), its reports in
fieldwork order and the grade change of each judgement area between each successive pair
of graded inspections, through the crosswalk of docs/CROSSWALK.md (written again here, from
that document, so that the test does not trust the code it checks). It runs
`ilacs history --format json` once over every report and requires:

  - every report history places is placed under its folder's authority;
  - for every report placed, its grades by area and the change of each since the previous
    graded inspection placed are exactly those the labels give;
  - at least --placed percent of the graded reports are placed (a report whose record names
    no authority, or one the authorities table does not match, cannot be).

Exits 0 when all hold, 1 when one does not, 77 (CTest's skip) without the corpus.
"""
import argparse, csv, json, os, subprocess, sys

# docs/CROSSWALK.md: area -> the key standing for it, per framework edition.
CROSSWALK = {
    "overall_effectiveness": {"legacy": "overall_effectiveness", "sif": "overall_effectiveness",
                              "ilacs_2018": "overall_effectiveness", "ilacs_2023": "overall_effectiveness"},
    "leaders": {"sif": "leadership_management_governance", "ilacs_2018": "impact_of_leaders",
                "ilacs_2023": "impact_of_leaders", "ilacs_2026": "impact_of_leaders"},
    "help_and_protection": {"sif": "help_and_protection", "ilacs_2018": "help_and_protection",
                            "ilacs_2023": "help_and_protection", "ilacs_2026": "help_and_protection"},
    "children_in_care": {"sif": "children_looked_after", "ilacs_2018": "children_in_care_and_care_leavers",
                         "ilacs_2023": "children_in_care", "ilacs_2026": "children_in_care"},
    "care_leavers": {"sif": "care_leavers", "ilacs_2018": "children_in_care_and_care_leavers",
                     "ilacs_2023": "care_leavers", "ilacs_2026": "care_leavers"},
    "adoption": {"sif": "adoption"},
    "lscb": {"sif": "lscb"},
}
RANK = {"inadequate": 1, "requires_improvement": 2, "adequate": 2, "good": 3, "outstanding": 4}


def edition(label):
    j = label["judgements"]
    if label["kind"] != "ilacs":
        return label["kind"]
    if "children_in_care_and_care_leavers" in j:
        return "ilacs_2018"
    return "ilacs_2023" if "overall_effectiveness" in j or (label["start_date"] or "") < "2026-04-01" else "ilacs_2026"


def areas(label):
    """area -> grade, as the crosswalk reads the label's judgements."""
    e, j = edition(label), label["judgements"]
    out = {area: j[keys[e]] for area, keys in CROSSWALK.items() if e in keys and keys[e] in j}
    named = {k for keys in CROSSWALK.values() for k in keys.values()}
    out.update({k: g for k, g in j.items() if k not in named})
    return out


def graded(label):
    return any(k != "lscb" for k in label["judgements"])


def change(before, after):
    if before is None:
        return "not_compared"
    return "up" if RANK[after] > RANK[before] else "down" if RANK[after] < RANK[before] else "same"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--placed", type=float, default=100, help="least percent of graded reports history must place")
    ap.add_argument("--records", help="the corpus's records (score_corpus.py --extract-to), read instead of the reports")
    a = ap.parse_args()
    reports = os.path.join(a.shared, "corpus", "reports")
    if not os.path.isdir(reports):
        print(f"SKIPPED: {reports} not found")
        return 77
    with open(os.path.join(a.shared, "reference", "local_authorities.csv"), encoding="utf-8") as f:
        code_of_urn = {row["urn"]: row["la_code"] for row in csv.DictReader(f)}
    with open(os.path.join(a.shared, "corpus", "labels.jsonl"), encoding="utf-8") as f:
        labels = {l["path"]: l for l in map(json.loads, f) if l["kind"] in ("ilacs", "sif", "legacy")}

    files = sorted(os.path.join(reports, p) for p in labels)
    run = subprocess.run([a.ilacs, "history", "--format", "json", *([a.records] if a.records else files)], capture_output=True)
    if run.returncode not in (0, 3):
        print(f"FAILED: ilacs history exited {run.returncode}\n{run.stderr.decode(errors='replace')[-4000:]}")
        return 1
    history = json.loads(run.stdout)
    rel = lambda p: os.path.relpath(p, reports)

    failures, got, placed = [], {}, {}
    for auth in history["authorities"]:
        code = auth["local_authority"]["code"]
        if code is None:
            continue  # an authority the table does not know: its reports are not placed
        for entry in auth["timeline"]:
            path = rel(entry["path"])
            placed[path] = code
            if code != code_of_urn.get(path.split("_", 1)[0]):
                failures.append(f"{path}: placed under {code}, not its folder's authority")
            for j in entry["judgements"]:
                got[(path, j["area"])] = [j["grade"], None]
        for d in auth["diffs"]:
            for j in d["judgements"]:
                if j["after"] is not None:
                    got[(rel(d["after"]["path"]), j["area"])][1] = j["change"]

    # The labels' answer over the reports history placed, authority by authority.
    expected, by_code = {}, {}
    for path, label in labels.items():
        if path in placed:
            by_code.setdefault(code_of_urn[path.split("_", 1)[0]], []).append(label)
    pairs = 0
    for group in by_code.values():
        group.sort(key=lambda l: (l["start_date"] or "9999", l["path"]))
        previous = None
        for label in group:
            now = areas(label)
            for area, grade in now.items():
                expected[(label["path"], area)] = [grade, None]
            if not graded(label):
                continue
            if previous is not None:
                pairs += 1
                before = areas(previous)
                for area, grade in now.items():
                    expected[(label["path"], area)][1] = change(before.get(area), grade)
            previous = label

    for key in sorted(set(expected) | set(got)):
        if expected.get(key) != got.get(key):
            failures.append(f"{key[0]} {key[1]}: labels give {expected.get(key)}, history {got.get(key)}")
    graded_labels = [p for p, l in labels.items() if l["judgements"]]
    share = 100.0 * sum(p in placed for p in graded_labels) / len(graded_labels)
    print(f"{len(placed)} of {len(graded_labels)} graded reports placed ({share:.1f}%), "
          f"{len(by_code)} authorities, {pairs} successive pairs, {len(expected)} area grades checked")
    if share < a.placed:
        failures.append(f"{share:.1f}% of graded reports placed, fewer than the {a.placed:g}% required")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures[:60]))
        return 1
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
