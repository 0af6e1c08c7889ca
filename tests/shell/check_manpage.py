#!/usr/bin/env python3
"""The man page built from the binary's --help names every command and every option of
each (as `ilacs --help` and `ilacs COMMAND --help` list them), and renders."""
import argparse, os, re, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import cli_help  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--man", required=True)
    a = ap.parse_args()
    if not os.path.isfile(a.man):
        print(f"FAILED: {a.man} was not built")
        return 1
    page = open(a.man, encoding="utf-8").read()
    # The page as a reader sees it: roff escapes of '-' and fonts undone.
    text = re.sub(r"\\f[BIRP]", "", page).replace("\\-", "-").replace("\\e", "\\")
    failures = []
    commands = cli_help.commands(a.ilacs)
    if len(commands) < 2:
        failures.append(f"ilacs --help lists {len(commands)} commands")
    for name, _ in commands:
        if f'.SS "{name}"' not in text:
            failures.append(f"no section for the command {name}")
        for names, _, _ in cli_help.options(cli_help.help_text(a.ilacs, name)):
            if "--help" not in names and ", ".join(names) not in text:
                failures.append(f"{name}: option {', '.join(names)} missing")
    for names, _, _ in cli_help.options(cli_help.help_text(a.ilacs)):
        if ",".join(names) not in text:
            failures.append(f"global option {','.join(names)} missing")
    rendered = subprocess.run(["groff", "-man", "-Tutf8", "-ww", a.man], capture_output=True, text=True)
    # grotty emboldens by overstriking: a character, a backspace, the character again.
    if rendered.returncode != 0 or "COMMANDS" not in re.sub(".\b", "", rendered.stdout):
        failures.append(f"groff does not render it: {rendered.stderr.strip()[:300]}")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"passed: {len(commands)} commands in {a.man}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
