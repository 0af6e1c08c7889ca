#!/usr/bin/env python3
"""The corpus score as a test: extracts every file under SHARED/corpus/reports with the built
ilacs (one `ilacs extract --compact` call, JSON Lines), scores the records of one kind of
label with SHARED/tools/score.py, prints the score table, and fails unless every required
field reaches its share.

    score_corpus.py --ilacs build/ilacs --shared ../shared --kind ilacs \\
        --require "judgement grades=100" --require "improvement lists exact=98"

Another scorer of the shared tools, with its own labels, scores the same way; with
--labelled-only only the reports its labels name are extracted:

    score_corpus.py --ilacs build/ilacs --shared ../shared --scorer tools/score_themes.py \\
        --labels themes/labels.jsonl --labelled-only --require precision=90 --require recall=85

Exits 0 when every requirement is met, 1 when one is not, 77 (CTest's skip) when the
corpus or the labels are not there.
"""
import argparse, json, os, subprocess, sys, tempfile


def requirement(text):
    field, sep, pct = text.rpartition("=")
    try:
        return field.strip(), float(pct)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not FIELD=PERCENT")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ilacs", required=True, help="the built ilacs binary")
    ap.add_argument("--shared", required=True, help="the shared directory (corpus/, tools/)")
    ap.add_argument("--kind", help="the label kind to score (the scorer's --kind), when it takes one")
    ap.add_argument("--scorer", default="tools/score.py", help="the scorer, under the shared directory")
    ap.add_argument("--labels", default="corpus/labels.jsonl", help="its labels, under the shared directory")
    ap.add_argument("--labelled-only", action="store_true",
                    help="extract only the reports whose path under corpus/reports a label names")
    ap.add_argument("--require", type=requirement, action="append", default=[], metavar="FIELD=PERCENT",
                    help="a field of the scorer's summary and the least share of it that must be right")
    a = ap.parse_args()

    reports = os.path.join(a.shared, "corpus", "reports")
    if not os.path.isdir(reports):
        print(f"SKIPPED: {os.path.join(a.shared, 'corpus')} not found")
        return 77
    labels = os.path.join(a.shared, a.labels)
    if not os.path.isfile(labels):
        print(f"SKIPPED: {labels} not found")
        return 77
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(reports) for f in names)
    if a.labelled_only:
        with open(labels, encoding="utf-8") as f:
            named = {json.loads(line)["path"] for line in f if line.strip()}
        files = [f for f in files if os.path.relpath(f, reports) in named]

    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "records.jsonl")
        summary = os.path.join(tmp, "summary.json")
        with open(records, "wb") as out:
            run = subprocess.run([a.ilacs, "extract", "--compact", *files], stdout=out, stderr=subprocess.PIPE)
        # 3 says that some inputs could not be read: the corpus holds files that are not PDFs.
        if run.returncode not in (0, 3):
            print(f"FAILED: ilacs extract exited {run.returncode}\n{run.stderr.decode(errors='replace')[-4000:]}")
            return 1
        with open(records, encoding="utf-8") as f:
            count = sum(1 for line in f if line.strip())
        if count != len(files):
            print(f"FAILED: {len(files)} files gave {count} records")
            return 1
        kind = ["--kind", a.kind] if a.kind else []
        score = subprocess.run([sys.executable, os.path.join(a.shared, a.scorer), "--labels", labels,
                                "--records", records, *kind, "--summary-json", summary],
                               capture_output=True, text=True)
        print(score.stdout, end="")
        if score.returncode != 0:
            print(f"FAILED: {a.scorer} exited {score.returncode}\n{score.stderr}")
            return 1
        with open(summary, encoding="utf-8") as f:
            fields = json.load(f)

    print(f"\nrequired of {a.scorer}" + (f" --kind {a.kind}:" if a.kind else ":"))
    failed = False
    for field, least in a.require:
        if field not in fields:
            print(f"  {field}: not scored ({a.scorer} fields: {', '.join(fields)})")
            failed = True
            continue
        # A field is [right, total] (score.py) or a percentage (score_themes.py).
        if isinstance(fields[field], list):
            right, total = fields[field]
            pct = 100.0 * right / total if total else 0.0
        else:
            pct = float(fields[field])
        ok = pct >= least
        failed = failed or not ok
        print(f"  {field:<32} {pct:7.2f}% (at least {least:g}%)  {'ok' if ok else 'FAILED'}")
    print("FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
