#!/usr/bin/env python3
"""The corpus score as a test: extracts every file under SHARED/corpus/reports with the built
ilacs (one `ilacs extract --compact` call, JSON Lines), scores the records of one kind of
label with SHARED/tools/score.py, prints the score table, and fails unless every required
field reaches its share. With --set committee, the same for the committee papers under
SHARED/committee/papers, scored by SHARED/tools/score_committee.py.

    score_corpus.py --ilacs build/ilacs --shared ../shared --kind ilacs \\
        --require "judgement grades=100" --require "improvement lists exact=98"
    score_corpus.py --ilacs build/ilacs --shared ../shared --set committee --require "authority=95"

Exits 0 when every requirement is met, 1 when one is not, 77 (CTest's skip) when the
corpus is not there.
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
    ap.add_argument("--kind", help="the label kind to score (score.py --kind)")
    ap.add_argument("--set", choices=("reports", "committee"), default="reports",
                    help="the corpus reports (score.py) or the committee papers (score_committee.py)")
    ap.add_argument("--require", type=requirement, action="append", default=[], metavar="FIELD=PERCENT",
                    help="a score.py field and the least share of it that must be right")
    a = ap.parse_args()

    inputs, labels, scorer = {
        "reports": (os.path.join(a.shared, "corpus", "reports"), os.path.join(a.shared, "corpus", "labels.jsonl"), "score.py"),
        "committee": (os.path.join(a.shared, "committee", "papers"), os.path.join(a.shared, "committee", "labels.jsonl"),
                      "score_committee.py"),
    }[a.set]
    if not os.path.isdir(inputs):
        print(f"SKIPPED: {inputs} not found")
        return 77
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(inputs) for f in names)

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
        score = subprocess.run([sys.executable, os.path.join(a.shared, "tools", scorer), "--labels", labels,
                                "--records", records, *kind, "--summary-json", summary],
                               capture_output=True, text=True)
        print(score.stdout, end="")
        if score.returncode != 0:
            print(f"FAILED: {scorer} exited {score.returncode}\n{score.stderr}")
            return 1
        with open(summary, encoding="utf-8") as f:
            fields = json.load(f)

    print(f"\nrequired for {a.set}" + (f" --kind {a.kind}:" if a.kind else ":"))
    failed = False
    for field, least in a.require:
        if field not in fields:
            print(f"  {field}: not scored (score.py fields: {', '.join(fields)})")
            failed = True
            continue
        right, total = fields[field]
        pct = 100.0 * right / total if total else 0.0
        ok = pct >= least
        failed = failed or not ok
        print(f"  {field:<32} {pct:7.2f}% (at least {least:g}%)  {'ok' if ok else 'FAILED'}")
    print("FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
