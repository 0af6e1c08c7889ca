#!/usr/bin/env python3
"""A labelled set's score as a test: extracts every file of the set with the built ilacs (one
`ilacs extract --compact` call, JSON Lines), scores the records with the set's scorer, prints
the score table, and fails unless every required figure reaches its share.

    score_corpus.py --ilacs build/ilacs --shared ../shared --kind ilacs \\
        --require "judgement grades=100" --require "improvement lists exact=98"
    score_corpus.py --ilacs build/ilacs --shared ../shared --set committee --require "grade recall=90"
    score_corpus.py --ilacs build/ilacs --shared ../shared --set themes --require precision=90

Sets: "corpus" (SHARED/corpus/reports, scored by tools/score.py for one --kind of label),
"committee" (SHARED/committee/papers, tools/score_committee.py) and "themes" (the corpus
reports, their items' themes scored by tools/score_themes.py).

The corpus is slow to read, so the tests read it once: `--extract-to FILE` only writes the
set's records to FILE (a CTest fixture), and `--records FILE` scores those instead of
extracting again.

Exits 0 when every requirement is met, 1 when one is not, 77 (CTest's skip) when the set is
not there.
"""
import argparse, json, os, subprocess, sys, tempfile

# Each labelled set: the folder of its inputs, its labels and its scorer, under SHARED.
SETS = {
    "corpus": {"inputs": "corpus/reports", "labels": "corpus/labels.jsonl", "scorer": "tools/score.py"},
    "committee": {"inputs": "committee/papers", "labels": "committee/labels.jsonl", "scorer": "tools/score_committee.py"},
    "themes": {"inputs": "corpus/reports", "labels": "themes/labels.jsonl", "scorer": "tools/score_themes.py"},
}


def requirement(text):
    field, sep, pct = text.rpartition("=")
    try:
        return field.strip(), float(pct)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not FIELD=PERCENT")


def extract(ilacs, files, records):
    """Writes the records of files to records; "" when every file gave its record."""
    with open(records, "wb") as out:
        run = subprocess.run([ilacs, "extract", "--compact", *files], stdout=out, stderr=subprocess.PIPE)
    # 3 says that some inputs could not be read: the corpus holds files that are not PDFs.
    if run.returncode not in (0, 3):
        return f"ilacs extract exited {run.returncode}\n{run.stderr.decode(errors='replace')[-4000:]}"
    with open(records, encoding="utf-8") as f:
        count = sum(1 for line in f if line.strip())
    return "" if count == len(files) else f"{len(files)} files gave {count} records"


def share(value):
    """A summary figure as a percentage: [right, total] (score.py) or a percentage (score_themes.py)."""
    if isinstance(value, list):
        right, total = value
        return 100.0 * right / total if total else 0.0
    return float(value)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ilacs", required=True, help="the built ilacs binary")
    ap.add_argument("--shared", required=True, help="the shared directory (corpus/, tools/)")
    ap.add_argument("--set", choices=sorted(SETS), default="corpus", help="the labelled set to score")
    ap.add_argument("--kind", help="the label kind to score (score.py --kind; the corpus set only)")
    ap.add_argument("--require", type=requirement, action="append", default=[], metavar="FIELD=PERCENT",
                    help="a figure of the scorer and the least share of it that must be right")
    ap.add_argument("--extract-to", metavar="FILE", help="only write the set's records to FILE")
    ap.add_argument("--records", metavar="FILE", help="score these records (from --extract-to) instead of extracting")
    a = ap.parse_args()
    if a.kind and a.set != "corpus":
        ap.error("--kind is for the corpus set")
    chosen = SETS[a.set]

    inputs = os.path.join(a.shared, chosen["inputs"])
    labels = os.path.join(a.shared, chosen["labels"])
    if not os.path.isdir(inputs) or not os.path.isfile(labels):
        print(f"SKIPPED: {inputs} or {labels} not found")
        return 77
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(inputs) for f in names)
    if a.extract_to:
        problem = extract(a.ilacs, files, a.extract_to)
        print(f"FAILED: {problem}" if problem else f"{len(files)} records written to {a.extract_to}")
        return 1 if problem else 0

    with tempfile.TemporaryDirectory() as tmp:
        records = a.records
        if not records:
            records = os.path.join(tmp, "records.jsonl")
            if problem := extract(a.ilacs, files, records):
                print(f"FAILED: {problem}")
                return 1
        summary = os.path.join(tmp, "summary.json")
        scorer = os.path.join(a.shared, chosen["scorer"])
        score = subprocess.run([sys.executable, scorer, "--labels", labels, "--records", records,
                                "--summary-json", summary] + (["--kind", a.kind] if a.kind else []),
                               capture_output=True, text=True)
        print(score.stdout, end="")
        if score.returncode != 0:
            print(f"FAILED: {os.path.basename(scorer)} exited {score.returncode}\n{score.stderr}")
            return 1
        with open(summary, encoding="utf-8") as f:
            fields = json.load(f)

    print(f"\nrequired of the {a.set} set" + (f" --kind {a.kind}:" if a.kind else ":"))
    failed = False
    for field, least in a.require:
        if field not in fields:
            print(f"  {field}: not scored ({os.path.basename(scorer)} figures: {', '.join(fields)})")
            failed = True
            continue
        pct = share(fields[field])
        ok = pct >= least
        failed = failed or not ok
        print(f"  {field:<32} {pct:7.2f}% (at least {least:g}%)  {'ok' if ok else 'FAILED'}")
    print("FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
