#!/usr/bin/env python3
"""Makes the man page ilacs(1) from the built binary's own --help, with help2man: the global
options from `ilacs --help`, and a COMMANDS section with each command's usage, description
and options from `ilacs COMMAND --help`, so that a new command appears without an edit here.

    make-manpage.py --ilacs build/ilacs --output build/ilacs.1
"""
import argparse, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_help  # noqa: E402


def roff(text):
    """Text safe in roff: backslashes doubled, a leading dot or quote escaped."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def command_section(ilacs, name, description):
    text = cli_help.help_text(ilacs, name)
    usage = next((line for line in text.splitlines() if line.startswith("Usage: ")), "")
    out = [f'.SS "{roff(name)}"', roff(description), ".PP", f"\\fB{roff(usage[len('Usage: '):])}\\fR"]
    positionals = cli_help.section(text, "Positionals")
    if positionals:
        out.append(".PP")
        out += [".nf"] + [roff(line.strip()) for line in positionals] + [".fi"]
    for names, value, help_ in cli_help.options(text):
        if "--help" in names:
            continue
        out += [".TP", f"\\fB{roff(', '.join(names))}\\fR" + (f" \\fI{roff(value)}\\fR" if value else ""), roff(help_)]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--output", required=True)
    a = ap.parse_args()
    include = ["[COMMANDS]", "Each command has its own options, after its name (ilacs COMMAND --help)."]
    for name, description in cli_help.commands(a.ilacs):
        include += command_section(a.ilacs, name, description)
    include += ["[SEE ALSO]", "The README of the source tree; bash completion: share/bash-completion/completions/ilacs."]
    with tempfile.NamedTemporaryFile("w", suffix=".h2m", delete=False) as f:
        f.write("\n".join(include) + "\n")
        include_path = f.name
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(a.ilacs)) + os.pathsep + os.environ.get("PATH", ""))
    try:
        done = subprocess.run(["help2man", "--no-info", "--section", "1",
                               "--name", "Ofsted children's services inspection reports and committee papers into records",
                               "--include", include_path, "--output", a.output, os.path.basename(a.ilacs)], env=env)
    finally:
        os.unlink(include_path)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
