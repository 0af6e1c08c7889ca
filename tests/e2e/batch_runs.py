#!/usr/bin/env python3
"""End-to-end scenarios of `ilacs batch` that need process control, which the .test files
cannot express: a run killed with SIGKILL and started again, a worker killed under a
document, a document that never finishes reading, re-runs, shards, jobs, the SQLite output.

    batch_runs.py --ilacs BINARY --shared SHARED_DIR SCENARIO

Each scenario is one CTest entry (tests/CMakeLists.txt). Exit 0 passed, 1 failed, 77
skipped (a scenario that needs ../shared without it).

No hook in ilacs is used: a document that never finishes is a named pipe that nobody writes
(opening it blocks, as a read from a hung network mount would), and a crash is a worker
killed from outside, as the kernel's out-of-memory killer would.
"""
import argparse, contextlib, json, os, signal, sqlite3, subprocess, sys, tempfile, time, types

SCENARIOS = {}


def scenario(f):
    SCENARIOS[f.__name__] = f
    return f


class Failed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failed(message)


def report(authority, dates, grade):
    """An ILACS report as text: the pipeline reads it like a PDF's text."""
    return (f"Inspection of {authority} local authority children's services\n"
            f"Inspection dates: {dates}\n"
            "Lead inspector: Jane Smith, His Majesty's Inspector\n\n"
            "Judgement\tGrade\n"
            f"The impact of leaders on social work practice with children and families\t{grade}\n"
            "The experiences and progress of children who need help and protection\tGood\n\n"
            "What needs to improve?\n"
            "\u2022 The quality of plans.\n")


def make_documents(folder, count=24):
    """count documents in nested folders, with a non-document and a non-PDF named .pdf."""
    authorities = ["Derbyshire", "Norfolk", "Barnet", "Bolton"]
    grades = ["Good", "Inadequate", "Requires improvement to be good", "Outstanding"]
    for i in range(count):
        sub = os.path.join(folder, f"set{i % 3}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"report-{i:02}.txt"), "w", encoding="utf-8") as f:
            f.write(report(authorities[i % 4], f"{1 + i % 20} to {5 + i % 20} March {2015 + i % 9}", grades[i % 4]))
    with open(os.path.join(folder, "not-found.pdf"), "w") as f:
        f.write("<html><body>Report not found</body></html>")
    with open(os.path.join(folder, "photo.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")


class Ilacs:
    def __init__(self, binary):
        self.binary = binary

    def run(self, *args, expect=None):
        """Standard output as bytes (CSV ends its lines in CRLF), standard error as text."""
        done = subprocess.run([self.binary, *args], capture_output=True, timeout=900)
        p = types.SimpleNamespace(returncode=done.returncode, stdout=done.stdout,
                                  stderr=done.stderr.decode("utf-8", "replace"))
        if expect is not None:
            check(p.returncode in (expect if isinstance(expect, tuple) else (expect,)),
                  f"ilacs {' '.join(args)}: exit {p.returncode}, expected {expect}\n{p.stderr}")
        return p

    def start(self, *args):
        return subprocess.Popen([self.binary, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def children(pid):
    """The process ids whose parent is pid."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def read(path):
    with open(path, "rb") as f:
        return f.read()


def records(path):
    return [json.loads(line) for line in read(path).decode().splitlines()]


@scenario
def jobs_identical(ilacs, tmp, shared):
    """The same inputs give the same bytes for --jobs 1, 2 and 4, in path order; the
    records are those `extract` gives."""
    make_documents(os.path.join(tmp, "in"))
    outputs = {}
    for jobs in (1, 2, 4):
        for ext in ("jsonl", "csv"):
            out = os.path.join(tmp, f"jobs{jobs}.{ext}")
            ilacs.run("batch", "--jobs", str(jobs), "-q", os.path.join(tmp, "in"), "-o", out, expect=3)
            outputs[(jobs, ext)] = read(out)
    for ext in ("jsonl", "csv"):
        check(outputs[(1, ext)] == outputs[(2, ext)] == outputs[(4, ext)], f"{ext} differs between --jobs 1, 2 and 4")
    paths = [r["source"]["path"] for r in records(os.path.join(tmp, "jobs1.jsonl"))]
    check(len(paths) == 25, f"{len(paths)} records for 25 documents")
    check(paths == sorted(paths, key=lambda p: p.split(os.sep)), "records not in path order")
    extracted = ilacs.run("extract", "--compact", *paths, expect=3).stdout
    check(extracted == outputs[(1, "jsonl")], "batch records differ from extract's")
    as_csv = ilacs.run("extract", "--format", "csv", *paths, expect=3).stdout
    check(as_csv == outputs[(1, "csv")], "batch CSV differs from extract's")


@scenario
def rerun_unchanged(ilacs, tmp, shared):
    """A re-run with nothing changed reads no document and says so; a changed one is read,
    and so is every one when --every-page is given or left off since the last run."""
    make_documents(os.path.join(tmp, "in"))
    for ext in ("jsonl", "sqlite"):
        out = os.path.join(tmp, f"out.{ext}")
        first = ilacs.run("batch", os.path.join(tmp, "in"), "-o", out, expect=3)
        check("25 read, 0 unchanged, 1 other files skipped" in first.stderr, first.stderr)
        before = read(out)
        again = ilacs.run("batch", os.path.join(tmp, "in"), "-o", out, expect=3)
        check("25 documents in" in again.stderr and "0 read, 25 unchanged" in again.stderr, again.stderr)
        check("errors: 1 not_pdf" in again.stderr, again.stderr)
        if ext == "jsonl":
            check(read(out) == before, "an unchanged re-run changed the output")
    with open(os.path.join(tmp, "in", "set0", "report-00.txt"), "a") as f:
        f.write("\nA line added.\n")
    changed = ilacs.run("batch", os.path.join(tmp, "in"), "-o", os.path.join(tmp, "out.jsonl"), expect=3)
    check("1 read, 24 unchanged" in changed.stderr, changed.stderr)
    forced = ilacs.run("batch", "--force", os.path.join(tmp, "in"), "-o", os.path.join(tmp, "out.jsonl"), expect=3)
    check("25 read, 0 unchanged" in forced.stderr, forced.stderr)
    # Records read another way are read again: every page, then the pages a record needs.
    for how in (["--every-page"], []):
        reread = ilacs.run("batch", *how, os.path.join(tmp, "in"), "-o", os.path.join(tmp, "out.jsonl"), expect=3)
        check("25 read, 0 unchanged" in reread.stderr, reread.stderr)


@scenario
def stuck_document(ilacs, tmp, shared):
    """A document that never finishes reading gets a timeout error record; the rest go through."""
    make_documents(os.path.join(tmp, "in"), 4)
    fifo = os.path.join(tmp, "stuck.pdf")
    os.mkfifo(fifo)
    out = os.path.join(tmp, "out.jsonl")
    p = ilacs.run("batch", "--jobs", "2", "--timeout", "3", fifo, os.path.join(tmp, "in"), "-o", out, expect=3)
    recs = records(out)
    check(len(recs) == 6, f"{len(recs)} records for 6 documents")
    check(recs[0]["source"]["path"] == fifo and recs[0]["error"]["code"] == "timeout", recs[0])
    check(recs[1]["error"]["code"] == "not_pdf" and all(r["error"] is None for r in recs[2:]),
          "a document after the stuck one has no record")
    check(f"ilacs: {fifo}: timed out" in p.stderr and "1 timeout" in p.stderr, p.stderr)


@scenario
def crashed_worker(ilacs, tmp, shared):
    """A worker killed under its document gives that document a crashed error record; the
    run starts another worker and the rest go through."""
    make_documents(os.path.join(tmp, "in"), 4)
    fifo = os.path.join(tmp, "waiting.pdf")
    os.mkfifo(fifo)
    out = os.path.join(tmp, "out.jsonl")
    run = ilacs.start("batch", "--jobs", "1", "--timeout", "600", fifo, os.path.join(tmp, "in"), "-o", out)
    # The worker is killed once every other document has its record (the largest files are
    # read first, the empty FIFO last), so that it dies waiting on the FIFO.
    journal = out + ".ilacs-journal"
    deadline = time.time() + 60
    while time.time() < deadline and not (
            children(run.pid) and os.path.exists(journal) and read(journal).count(b"\n") >= 5):
        time.sleep(0.05)
    workers = children(run.pid)
    check(len(workers) == 1, f"{len(workers)} workers for --jobs 1")
    os.kill(workers[0], signal.SIGKILL)
    _, err = run.communicate(timeout=300)
    check(run.returncode == 3, f"exit {run.returncode}\n{err}")
    recs = records(out)
    check(len(recs) == 6 and recs[0]["error"]["code"] == "crashed", recs[0])
    check("killed by signal 9" in recs[0]["error"]["message"], recs[0]["error"])
    check(recs[1]["error"]["code"] == "not_pdf" and all(r["error"] is None for r in recs[2:]),
          "a document after the crash has no record")


def run_killed_and_resumed(ilacs, tmp, files, out, kill_after):
    """Runs batch over files, killing it (SIGKILL, the whole process group) once its journal
    or database holds each count of kill_after, then lets a last run finish. Returns how
    many kills landed mid-run."""
    journal = out + ".ilacs-journal" if not out.endswith(".sqlite") else None

    def done():
        if journal:
            return read(journal).count(b"\n") if os.path.exists(journal) else 0
        try:
            with contextlib.closing(sqlite3.connect(f"file:{out}?mode=ro", uri=True, timeout=1)) as db:
                return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            return 0

    landed = 0
    for target in kill_after:
        run = subprocess.Popen([ilacs.binary, "batch", "--jobs", "2", "-q", *files, "-o", out],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        while run.poll() is None and done() < target:
            time.sleep(0.01)
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            landed += 1
        run.wait()
    ilacs.run("batch", "--jobs", "2", "-q", *files, "-o", out, expect=(0, 3))
    return landed


@scenario
def killed_and_resumed(ilacs, tmp, shared):
    """A batch killed with SIGKILL at several moments and started again ends with the same
    output as a run never interrupted: one record per document, none torn, none twice."""
    reports = os.path.join(shared, "corpus", "reports")
    if not os.path.isdir(reports):
        print(f"SKIPPED: {reports} is not there; this scenario reads real reports to kill a run mid-way")
        sys.exit(77)
    files = sorted(os.path.join(root, f) for root, _, names in os.walk(reports) for f in names)[:24]
    for ext in ("jsonl", "sqlite"):
        whole = os.path.join(tmp, f"whole.{ext}")
        ilacs.run("batch", "--jobs", "2", "-q", *files, "-o", whole, expect=(0, 3))
        resumed = os.path.join(tmp, f"resumed.{ext}")
        landed = run_killed_and_resumed(ilacs, tmp, files, resumed, [2, 7, 13, 19])
        check(landed >= 2, f"only {landed} kills landed mid-run")
        if ext == "jsonl":
            check(read(resumed) == read(whole), "the resumed output differs from the uninterrupted one")
        else:
            query = "SELECT path, position, record FROM documents ORDER BY position"
            rows = [sqlite3.connect(p).execute(query).fetchall() for p in (whole, resumed)]
            check(rows[0] == rows[1] and len(rows[0]) == 24, "the resumed database differs from the uninterrupted one")
            counts = sqlite3.connect(resumed).execute(
                "SELECT (SELECT count(*) FROM judgements), (SELECT count(*) FROM improvements)").fetchone()
            expected = sqlite3.connect(whole).execute(
                "SELECT (SELECT count(*) FROM judgements), (SELECT count(*) FROM improvements)").fetchone()
            check(counts == expected, f"resumed tables hold {counts} rows, uninterrupted {expected}")
            check(not os.path.exists(resumed + "-wal"), "a write-ahead log is left beside the database")


@scenario
def shards(ilacs, tmp, shared):
    """Shards taken apart and concatenated hold every record of the whole run, once."""
    make_documents(os.path.join(tmp, "in"))
    whole = os.path.join(tmp, "whole.jsonl")
    ilacs.run("batch", "-q", os.path.join(tmp, "in"), "-o", whole, expect=3)
    parts = []
    for i in (1, 2, 3):
        part = os.path.join(tmp, f"part{i}.jsonl")
        ilacs.run("batch", "-q", "--shard", f"{i}/3", os.path.join(tmp, "in"), "-o", part, expect=(0, 3))
        parts.append(read(part).splitlines())
    check(all(0 < len(p) < 25 for p in parts), f"shard sizes {[len(p) for p in parts]}")
    together = [line for p in parts for line in p]
    check(sorted(together) == sorted(read(whole).splitlines()), "the shards together differ from the whole")
    bad = ilacs.run("batch", "--shard", "4/3", os.path.join(tmp, "in"), "-o", whole, expect=2)
    check("--shard 4/3" in bad.stderr, bad.stderr)


@scenario
def sqlite_query(ilacs, tmp, shared):
    """The SQLite dataset answers the query docs/dataset.md gives for each authority's
    latest grades, and reads back through the dataset reader as the JSON Lines do."""
    folder = os.path.join(tmp, "in")
    os.makedirs(folder)
    for name, authority, dates, grade in [("derbyshire-2015.txt", "Derbyshire", "2 to 13 March 2015", "Inadequate"),
                                          ("derbyshire-2019.txt", "Derbyshire", "8 to 19 July 2019", "Good"),
                                          ("norfolk-2024.txt", "Norfolk", "4 to 15 March 2024", "Outstanding")]:
        with open(os.path.join(folder, name), "w") as f:
            f.write(report(authority, dates, grade))
    db_path = os.path.join(tmp, "reports.sqlite")
    ilacs.run("batch", "-q", folder, "-o", db_path, expect=0)
    db = sqlite3.connect(db_path)
    check(db.execute("PRAGMA user_version").fetchone()[0] == 1, "user_version is not 1")
    rows = db.execute("SELECT local_authority_id, end_date, key, grade FROM latest_grades "
                      "WHERE key = 'impact_of_leaders' ORDER BY local_authority_id").fetchall()
    check(rows == [("derbyshire", "2019-07-19", "impact_of_leaders", "good"),
                   ("norfolk", "2024-03-15", "impact_of_leaders", "outstanding")], rows)
    over_time = db.execute("SELECT end_date, grade FROM grades_over_time WHERE local_authority_id = 'derbyshire' "
                           "AND key = 'impact_of_leaders'").fetchall()
    check(over_time == [("2015-03-13", "inadequate"), ("2019-07-19", "good")], over_time)
    # A foreign file where the dataset should be is refused, not overwritten.
    foreign = os.path.join(tmp, "notes.sqlite")
    with open(foreign, "w") as f:
        f.write("my notes\n")
    p = ilacs.run("batch", "-q", folder, "-o", foreign, expect=2)
    check(read(foreign) == b"my notes\n" and "notes.sqlite" in p.stderr, p.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("scenario", choices=sorted(SCENARIOS))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            SCENARIOS[a.scenario](Ilacs(a.ilacs), tmp, a.shared)
        except Failed as e:
            print(f"FAILED: {a.scenario}: {e}")
            return 1
    print(f"passed: {a.scenario}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
