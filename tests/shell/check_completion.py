#!/usr/bin/env python3
"""The bash completion offers every command and every option that the binary's --help lists
(so it stays in step with them), the values of an option that lists them, directories
where an option wants one, and file names as arguments. Run in bash with COMP_WORDS set,
as bash does on <TAB>."""
import argparse, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import cli_help  # noqa: E402

# Sources the script, finds the function registered for ilacs, completes the words given.
DRIVER = r'''
source "$1"; shift
spec=$(complete -p ilacs) || exit 3
fn=${spec##*-F }; fn=${fn%% *}
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
"$fn" ilacs "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ilacs", required=True)
    ap.add_argument("--script", required=True)
    a = ap.parse_args()
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(a.ilacs)) + os.pathsep + os.environ["PATH"])
    failures = []

    def complete(*words, cwd=None):
        done = subprocess.run(["bash", "--norc", "--noprofile", "-c", DRIVER, "driver", os.path.abspath(a.script), "ilacs", *words],
                              env=env, cwd=cwd, capture_output=True, text=True)
        if done.returncode != 0:
            failures.append(f"completing {words}: bash exited {done.returncode}: {done.stderr.strip()}")
        return [line for line in done.stdout.splitlines() if line]

    def expect(offered, wanted, what):
        missing = [w for w in wanted if w not in offered]
        if missing:
            failures.append(f"{what}: {missing} not offered (offered {offered})")

    commands = [name for name, _ in cli_help.commands(a.ilacs)]
    expect(complete(""), commands, "ilacs <TAB>")
    global_options = [n for names, _, _ in cli_help.options(cli_help.help_text(a.ilacs)) for n in names]
    expect(complete("-"), global_options, "ilacs -<TAB>")
    for command in commands:
        options = cli_help.options(cli_help.help_text(a.ilacs, command))
        expect(complete(command, "-"), [n for names, _, _ in options for n in names], f"ilacs {command} -<TAB>")
        for names, value, _ in options:
            if ":{" in value:
                values = value.split(":{", 1)[1].split("}", 1)[0].split(",")
                expect(complete(command, names[-1], ""), values, f"ilacs {command} {names[-1]} <TAB>")
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "rules dir"))
        open(os.path.join(tmp, "report one.pdf"), "w").close()
        expect(complete("extract", "rep", cwd=tmp), ["report one.pdf"], "ilacs extract rep<TAB>")
        offered = complete("--rules", "", cwd=tmp)
        expect(offered, ["rules dir"], "ilacs --rules <TAB>")
        if "report one.pdf" in offered:
            failures.append("ilacs --rules <TAB> offers a file, not only directories")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"passed: {len(commands)} commands and their options")
    return 0


if __name__ == "__main__":
    sys.exit(main())
