#!/usr/bin/env python3
"""Committee papers perturbed as other councils' pages would differ: every labelled excerpt of
SHARED/committee/papers rewritten (prose lines reflowed at another width, grade words in
capitals, in title case and in other quotes, the first line renamed, the first paragraph
dropped where it states no grade), extracted with the built ilacs, and each perturbed record's
grades compared with the labels:

    perturb_committee.py --ilacs build/ilacs --shared ../shared [--require-kept 100]

For each perturbation it prints how many of the labelled grades that the unperturbed excerpts
give are still given, and how many grades it gives that the labels do not have. It fails when
a perturbation keeps less than --require-kept percent of them, or gives one grade that the
labels do not have (a grade is never invented). Exits 77 (CTest's skip) without the excerpts.
"""
import argparse, json, os, re, subprocess, sys, tempfile, textwrap

GRADE = re.compile(r"\b(?:requires? improvement(?: to be good)?|outstanding|inadequate|good)\b", re.I)


def reflow(text, width):
    """Long prose lines wrapped at width; short lines (table rows, headings) left alone."""
    out = []
    for line in text.split("\n"):
        if len(line) > 90 and "\t" not in line and "|" not in line:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            out.append(line)
    return "\n".join(out)


def grade_case(change):
    return lambda text: GRADE.sub(lambda m: change(m.group(0)), text)


def quotes_swapped(text):
    """Curly quotes straight and straight ones curly, as another page's typesetting."""
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
    if any(c in text for c in table):
        return "".join(table.get(c, c) for c in text)
    return re.sub(r"'([^'\n]{1,40})'", "\u2018\\1\u2019", text)


def renamed_heading(text):
    """The first line that is not blank renamed to a heading that says nothing."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            lines[i] = "Item 7: Update for members"
            break
    return "\n".join(lines)


def first_paragraph_dropped(text):
    """The first paragraph (up to the first blank line) dropped, unless it states a grade."""
    body = text.lstrip("\n")
    head, sep, rest = body.partition("\n\n")
    if not sep or GRADE.search(head):
        return text
    return rest


PERTURBATIONS = {
    "reflowed at 52 columns": lambda t: reflow(t, 52),
    "reflowed at 75 columns": lambda t: reflow(t, 75),
    "grade words in capitals": grade_case(str.upper),
    "grade words in title case": grade_case(lambda w: w.title()),
    "quotes swapped": quotes_swapped,
    "first line renamed": renamed_heading,
    "first paragraph dropped": first_paragraph_dropped,
}


def extract(ilacs, files):
    run = subprocess.run([ilacs, "extract", "--compact", *files], capture_output=True, text=True)
    if run.returncode not in (0, 3):
        raise SystemExit(f"FAILED: ilacs extract exited {run.returncode}\n{run.stderr[-2000:]}")
    records = {}
    for line in run.stdout.splitlines():
        r = json.loads(line)
        records[os.path.basename(r["source"]["path"])] = {j["key"]: j["grade"] for j in r.get("judgements") or []}
    return records


def right(grades, label):
    """The (key, grade) pairs of grades that the label has; and those it does not."""
    want = label.get("judgements") or {}
    if "all_areas" in want:
        ok = {(k, v) for k, v in grades.items() if v == want["all_areas"]}
    else:
        ok = {(k, v) for k, v in grades.items() if want.get(k) == v}
    return ok, set(grades.items()) - ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--require-kept", type=float, default=100.0, metavar="PERCENT",
                    help="the least share of the unperturbed right grades each perturbation must keep")
    a = ap.parse_args()
    papers = os.path.join(a.shared, "committee", "papers")
    labels_path = os.path.join(a.shared, "committee", "labels.jsonl")
    if not os.path.isdir(papers) or not os.path.isfile(labels_path):
        print(f"SKIPPED: {papers} or {labels_path} not found")
        return 77
    labels = {}
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                e = json.loads(line)
                labels[e["file"]] = e
    names = sorted(n for n in os.listdir(papers) if n in labels)
    originals = extract(a.ilacs, [os.path.join(papers, n) for n in names])
    baseline = {n: right(originals.get(n, {}), labels[n])[0] for n in names}
    total = sum(len(v) for v in baseline.values())
    failed = False
    print(f"{'perturbation':<28} {'grades kept':>14} {'not labelled':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, change in PERTURBATIONS.items():
            folder = os.path.join(tmp, re.sub(r"\W+", "_", name))
            os.makedirs(folder)
            files = []
            for n in names:
                with open(os.path.join(papers, n), encoding="utf-8", errors="replace") as f:
                    text = f.read()
                path = os.path.join(folder, n)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(change(text))
                files.append(path)
            records = extract(a.ilacs, files)
            kept, invented, misses = 0, 0, []
            for n in names:
                ok, wrong = right(records.get(n, {}), labels[n])
                kept += len(baseline[n] & ok)
                invented += len(wrong)
                misses += [f"{n}: lost {k}={v}" for k, v in sorted(baseline[n] - ok)]
                misses += [f"{n}: gave {k}={v}, not labelled" for k, v in sorted(wrong)]
            share = 100.0 * kept / total if total else 100.0
            bad = share < a.require_kept or invented > 0
            failed = failed or bad
            print(f"{name:<28} {kept:>5}/{total:<5} {share:6.2f}% {invented:>8}  {'FAILED' if bad else 'ok'}")
            for m in misses[:10]:
                print("    " + m)
    print("FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
