#!/usr/bin/env python3
"""Reading only the pages a record needs must not change it: every corpus record read the
default way (the fixture's records) must be the record read with --every-page, field for field,
except for the warnings of the section-heading check, which only --every-page can give.

    every_page_identical.py --ilacs build/ilacs --shared ../shared --records corpus-records.jsonl

Prints each document and field that differs. Exits 0 when none does, 1 otherwise, 77 (CTest's
skip) when the corpus is not there.
"""
import argparse, json, os, subprocess, sys

HEADING_CHECK = "the heading"  # "page N: the heading ... says X, the table Y"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ilacs", required=True, help="the built ilacs binary")
    ap.add_argument("--shared", required=True, help="the shared directory (corpus/)")
    ap.add_argument("--records", required=True, help="the corpus records read the default way")
    a = ap.parse_args()
    inputs = os.path.join(a.shared, "corpus", "reports")
    if not os.path.isdir(inputs):
        print(f"SKIPPED: {inputs} not found")
        return 77
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(inputs) for f in names)
    run = subprocess.run([a.ilacs, "extract", "--compact", "--every-page", *files], capture_output=True, text=True)
    if run.returncode not in (0, 3):  # 3: some corpus files are not PDFs
        print(f"FAILED: ilacs extract --every-page exited {run.returncode}\n{run.stderr[-4000:]}")
        return 1
    with open(a.records, encoding="utf-8") as f:
        lazy = [json.loads(line) for line in f if line.strip()]
    whole = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(lazy) != len(whole):
        print(f"FAILED: {len(lazy)} records read the default way, {len(whole)} with --every-page")
        return 1
    differ = 0
    for default, every in zip(lazy, whole):
        every["warnings"] = [w for w in every.get("warnings", []) if HEADING_CHECK not in w]
        fields = sorted(k for k in set(default) | set(every) if default.get(k) != every.get(k))
        if fields:
            differ += 1
            print(f"{default['source']['path']}: {', '.join(fields)} differ")
    print(f"{len(lazy)} records, {differ} differ from those read with --every-page")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
