#!/usr/bin/env python3
"""End-to-end: `ilacs validate --against` on a real dataset made by another tool.

../shared/datasets/ofsted_csc_ilacs_history.csv is data-to-insight's inspection history for
the corpus authorities, with the mistakes a real dataset has. Validated against the corpus
reports it must find problems of the kinds expected, and every grade, date or inspector it
says the dataset has wrong must really be wrong: the hand-checked label of that row's report
agrees with the document, not with the dataset. Skipped (77) without ../shared.
"""
import argparse, collections, csv, json, os, subprocess, sys

# Which label field a finding's column is about, and how the label spells its value.
DATE_COLUMNS = {"inspection_start_date": "start_date", "inspection_end_date": "end_date"}
GRADE_KEYS = {"overall_effectiveness_grade": ["overall_effectiveness"], "impact_of_leaders_grade": ["impact_of_leaders"],
              "help_and_protection_grade": ["help_and_protection"],
              "in_care_grade": ["children_in_care", "children_in_care_and_care_leavers"],
              "care_leavers_grade": ["care_leavers"]}


def label_value(label, column):
    """The label's value for a dataset column (None: the report has none)."""
    if column in DATE_COLUMNS:
        return label[DATE_COLUMNS[column]]
    if column == "inspector_name":
        return label["lead_inspector"]
    for key in GRADE_KEYS.get(column, []):
        if key in label["judgements"]:
            return label["judgements"][key]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--shared", required=True)
    a = ap.parse_args()
    dataset = os.path.join(a.shared, "datasets", "ofsted_csc_ilacs_history.csv")
    reports = os.path.join(a.shared, "corpus", "reports")
    if not os.path.isfile(dataset) or not os.path.isdir(reports):
        print(f"SKIPPED: {dataset} or {reports} is not there")
        return 77
    p = subprocess.run([a.ilacs, "validate", "--format", "json", "--notes", "--against", reports, dataset],
                       capture_output=True, text=True)
    print(p.stderr.strip())
    findings = [json.loads(line) for line in p.stdout.splitlines()]
    failures = []
    if p.returncode != 1:
        failures.append(f"exit status {p.returncode}, expected 1 (findings)")
    kinds = collections.Counter(f["check"] for f in findings if f["severity"] == "problem")
    print("problems by kind:", dict(kinds))
    for kind in ("mismatch", "missing", "extra", "unreadable document"):
        if not kinds[kind]:
            failures.append(f"no problem of kind {kind!r}")
    if not any(f["check"] == "not read" and f["severity"] == "note" for f in findings):
        failures.append("no note of a value the dataset did not read")

    with open(dataset, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    labels = {}
    with open(os.path.join(a.shared, "corpus", "labels.jsonl"), encoding="utf-8") as f:
        for line in f:
            label = json.loads(line)
            labels[label["path"]] = label
    checked = 0
    for f in findings:
        if f["check"] not in ("mismatch", "missing", "extra") or f["field"] not in set(DATE_COLUMNS) | set(GRADE_KEYS) | {"inspector_name"}:
            continue
        row = rows[f["line"] - 2]  # line 1 is the header
        label = labels.get(f"{row['urn']}_{row['local_authority']}/{row['pdf_filename']}")
        if label is None:
            failures.append(f"line {f['line']}: no label for its report")
            continue
        truth = label_value(label, f["field"])
        said = f["message"]
        document_side = said.split(" in the dataset, ", 1)[1]
        expected = "none in the document" if truth is None else f"'{truth}' in the document"
        if document_side.casefold() != expected.casefold():
            failures.append(f"line {f['line']}: {f['field']}: {said}; the label says {truth!r}")
        checked += 1
    print(f"{checked} disagreements checked against the labels")
    if checked < 50:
        failures.append(f"only {checked} disagreements on grades, dates and inspectors")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
