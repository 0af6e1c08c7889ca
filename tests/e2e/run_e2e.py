#!/usr/bin/env python3
"""Runs one end-to-end test file against the built ilacs binary.

A .test file is a list of directives, one per line ('#' starts a comment):

    needs-shared                  skip (exit 77) when ../shared is not there
    needs-program NAME            skip (exit 77) when program NAME is not on the PATH
    file NAME = <python literal>  write bytes or str to {tmp}/NAME before running
    setup: COMMAND                run a shell command in {tmp} before running (after the
                                  files above it; {tmp} {shared} {data} expand); it must succeed
    stdin = <python literal>      feed this to standard input
    run: ARGS                     the ilacs arguments (shell words; {tmp} {shared} {data} expand)
    status: N                     expected exit status (default 0)
    within: SECONDS               the run must take no longer (default 300)
    stdout-has: TEXT              TEXT occurs in standard output (likewise stderr-has,
    stdout-lacks: TEXT            stdout-lacks, stderr-lacks)
    check: EXPR                   a Python expression that must be true; `out` and `err` are the
                                  outputs, `records` the JSON records parsed from out (JSON Lines
                                  or one pretty document; None when out is not JSON),
                                  `lines` the lines of out
"""
import argparse, ast, json, os, shlex, shutil, subprocess, sys, tempfile


def parse_records(out):
    """The JSON records in out, or None when out is not JSON (text and CSV output)."""
    out = out.strip()
    if not out:
        return []
    try:
        return [json.loads(line) for line in out.splitlines() if line.strip()]
    except json.JSONDecodeError:
        pass
    dec, pos, recs = json.JSONDecoder(), 0, []
    try:
        while pos < len(out):
            obj, end = dec.raw_decode(out, pos)
            recs.append(obj)
            pos = end
            while pos < len(out) and out[pos].isspace():
                pos += 1
    except json.JSONDecodeError:
        return None
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("test")
    a = ap.parse_args()
    data_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(a.test)))), "data")
    directives = []
    with open(a.test, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            directives.append((n, line))
    if any(d.strip() == "needs-shared" for _, d in directives) and not os.path.isdir(os.path.join(a.shared, "corpus")):
        print(f"SKIPPED: {a.shared} is not there; this test needs the shared corpus")
        return 77
    for _, d in directives:
        program = d[len("needs-program"):].strip() if d.startswith("needs-program ") else None
        if program and shutil.which(program) is None:
            print(f"SKIPPED: {program} is not installed; this test needs it")
            return 77
    with tempfile.TemporaryDirectory() as tmp:
        expand = lambda s: s.replace("{tmp}", tmp).replace("{shared}", a.shared).replace("{data}", data_dir)
        args, stdin, status, within, checks = None, None, 0, 300.0, []
        for n, line in directives:
            if line.startswith("file "):
                name, _, literal = line[5:].partition("=")
                content = ast.literal_eval(literal.strip())
                with open(os.path.join(tmp, name.strip()), "wb") as out:
                    out.write(content if isinstance(content, bytes) else content.encode())
            elif line.startswith("stdin ="):
                stdin = ast.literal_eval(line.split("=", 1)[1].strip())
                stdin = stdin if isinstance(stdin, bytes) else stdin.encode()
            elif line.startswith("run:"):
                args = [expand(w) for w in shlex.split(line[4:])]
            elif line.startswith("setup:"):
                command = expand(line[6:].strip())
                done = subprocess.run(command, shell=True, cwd=tmp, capture_output=True)
                if done.returncode != 0:
                    print(f"{a.test}:{n}: setup failed ({done.returncode}): {command}\n" +
                          done.stderr.decode("utf-8", "replace"))
                    return 2
            elif line.startswith("status:"):
                status = int(line.split(":", 1)[1])
            elif line.startswith("within:"):
                within = float(line.split(":", 1)[1])
            elif line.strip() == "needs-shared" or line.startswith("needs-program "):
                pass
            else:
                key, _, value = line.partition(":")
                if key not in ("stdout-has", "stdout-lacks", "stderr-has", "stderr-lacks", "check"):
                    print(f"{a.test}:{n}: unknown directive {key!r}")
                    return 2
                checks.append((n, key, expand(value.strip())))
        if args is None:
            print(f"{a.test}: no 'run:' line")
            return 2
        try:
            p = subprocess.run([a.ilacs] + args, input=stdin if stdin is not None else b"",
                               capture_output=True, timeout=within)
        except subprocess.TimeoutExpired:
            print(f"FAILED: $ ilacs {shlex.join(args)} took longer than {within:g} s")
            return 1
        out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        failures = []
        if p.returncode != status:
            failures.append(f"exit status {p.returncode}, expected {status}")
        for n, key, value in checks:
            if key == "stdout-has" and value not in out: failures.append(f"line {n}: stdout lacks {value!r}")
            if key == "stdout-lacks" and value in out: failures.append(f"line {n}: stdout has {value!r}")
            if key == "stderr-has" and value not in err: failures.append(f"line {n}: stderr lacks {value!r}")
            if key == "stderr-lacks" and value in err: failures.append(f"line {n}: stderr has {value!r}")
            if key == "check":
                env = {"out": out, "err": err, "lines": out.splitlines(), "records": parse_records(out),
                       "len": len, "all": all, "any": any, "set": set, "sorted": sorted, "list": list}
                try:
                    ok = eval(value, {"__builtins__": {}}, env)
                except Exception as e:  # a broken expression is a failure, reported as such
                    ok, value = False, f"{value} raised {e!r}"
                if not ok:
                    failures.append(f"line {n}: check failed: {value}")
        print("$ ilacs " + " ".join(shlex.quote(x) for x in args))
        if failures:
            print("FAILED:\n  " + "\n  ".join(failures))
            print("--- stdout ---\n" + out[:4000] + "\n--- stderr ---\n" + err[:4000])
            return 1
        print("passed")
        return 0


if __name__ == "__main__":
    sys.exit(main())
