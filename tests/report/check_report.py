#!/usr/bin/env python3
"""The report page of the whole corpus, rendered in headless Chromium.

Extracts every corpus report, writes `ilacs report` of them, and checks:
  - the page is one file under 5 MB that names nothing to fetch;
  - Chromium renders it with no console message (errors, warnings, logs);
  - the rendered DOM has an overview row for every authority with a full inspection, a
    timeline section for an authority, the charts, and the tables;
  - the days-since table agrees with dates computed from the corpus labels: for every
    authority, its last full inspection's start and the days from it to --as-of.

Exits 0 when all hold, 1 when one does not, 77 (CTest's skip) without ../shared or Chromium.
"""
import argparse, csv, datetime, html.parser, json, os, re, shutil, subprocess, sys, tempfile

AS_OF = datetime.date(2026, 11, 27)
FULL_KINDS = {"ilacs", "sif", "legacy"}


class Dom(html.parser.HTMLParser):
    """The parts of the rendered DOM the checks need: tables by id, sections, svg count."""

    def __init__(self):
        super().__init__()
        self.tables, self.ids, self.svgs = {}, set(), 0
        self._table, self._row, self._cell = None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "svg":
            self.svgs += 1
        if tag == "table":
            self._table = self.tables.setdefault(a.get("id", f"anonymous{len(self.tables)}"), [])
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self._table.append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def expected_last_inspections(shared):
    """{la_code: (start_date, days)} from the corpus labels and the reference table."""
    code_of = {}
    with open(os.path.join(shared, "reference", "local_authorities.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code_of[row["urn"]] = row["la_code"]
    last = {}
    with open(os.path.join(shared, "corpus", "labels.jsonl"), encoding="utf-8") as f:
        for line in f:
            label = json.loads(line)
            if label.get("kind") not in FULL_KINDS or not label.get("start_date"):
                continue
            urn = label["path"].split("/")[0].split("_")[0]
            start = datetime.date.fromisoformat(label["start_date"])
            code = code_of[urn]
            if start <= AS_OF and (code not in last or start > last[code]):
                last[code] = start
    return {code: (start.isoformat(), str((AS_OF - start).days)) for code, start in last.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--records", help="the corpus's records (score_corpus.py --extract-to), read instead of the reports")
    a = ap.parse_args()
    reports = os.path.join(a.shared, "corpus", "reports")
    if not os.path.isdir(reports):
        print(f"SKIPPED: {reports} not found")
        return 77
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIPPED: no chromium on the PATH (scripts/setup.sh installs it)")
        return 77
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(reports) for f in names)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        records = a.records or os.path.join(tmp, "corpus.jsonl")
        if not a.records:
            with open(records, "wb") as out:
                subprocess.run([a.ilacs, "extract", "--compact", *files], stdout=out, stderr=subprocess.DEVNULL)
        page = os.path.join(tmp, "report.html")
        run = subprocess.run([a.ilacs, "report", records, "-o", page, "--as-of", AS_OF.isoformat()],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAILED: ilacs report exited {run.returncode}: {run.stderr}")
            return 1
        size = os.path.getsize(page)
        print(f"page: {size} bytes")
        if size >= 5 * 1024 * 1024:
            problems.append(f"the page is {size} bytes, not under 5 MB")
        text = open(page, encoding="utf-8").read()
        for fetch in re.findall(r'(?:src|href)="(?!#)[^"]*"', text):
            problems.append(f"the page fetches or links {fetch}")
        render = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                                 "--log-level=0", f"--user-data-dir={tmp}/profile", "--dump-dom", "file://" + page],
                                capture_output=True, text=True, timeout=120)
        console = [l for l in render.stderr.splitlines() if ":CONSOLE" in l]
        problems += [f"console: {l}" for l in console]
        dom = Dom()
        dom.feed(render.stdout)

        overview = dom.tables.get("overview", [])[1:]
        expected = expected_last_inspections(a.shared)
        if len(overview) != len(expected):
            problems.append(f"overview: {len(overview)} rows, {len(expected)} authorities have a full inspection")
        timelines = [i for i in dom.ids if i.startswith("la-") and not i.endswith("-h")]
        if len(timelines) < len(expected) or "la-830" not in dom.ids:
            problems.append(f"{len(timelines)} authority sections; Derbyshire's (la-830) {'is' if 'la-830' in dom.ids else 'is not'} there")
        if dom.svgs < 2:
            problems.append(f"{dom.svgs} charts, not the national chart and the themes chart")
        table = dom.tables.get("table-last_inspections", [])
        got = {row[1]: (row[4], row[6]) for row in table[1:]}
        for code, want in sorted(expected.items()):
            if got.get(code) != want:
                problems.append(f"last_inspections: LA {code}: want start and days {want}, got {got.get(code)}")
        for code in sorted(set(got) - set(expected)):
            problems.append(f"last_inspections: LA {code} is not in the labels")
        print(f"overview rows {len(overview)}, authority sections {len(timelines)}, charts {dom.svgs}, "
              f"days-since rows {len(got)} (labels: {len(expected)}), console messages {len(console)}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
