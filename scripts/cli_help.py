"""What the built ilacs says about itself in --help (CLI11's layout): its commands and each
command's options. The man page (make-manpage.py) is made from it, and the tests of the man
page and of the bash completion compare with it, so that a new command or option needs no
edit of either."""
import os, re, subprocess

# An option line: two spaces, the names ("-f,--format"), then a value type after one space
# ("TEXT:{json,text,csv}", "UINT:UINT in [1 - 1048576]"), the description after two or more.
OPTION = re.compile(r"^  (-\S+)(?: (\S.*?))?(?:\s{2,}(.*))?$")


def help_text(ilacs, *command):
    """`ilacs [COMMAND] --help`, run as `ilacs` so that the usage line names no build path."""
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(ilacs)) + os.pathsep + os.environ.get("PATH", ""))
    done = subprocess.run([os.path.basename(ilacs), *command, "--help"], env=env, capture_output=True, text=True)
    return done.stdout


def section(text, title):
    """The lines of a 'Title:' section of a help text, up to the blank line ending it."""
    lines, inside = [], False
    for line in text.splitlines():
        if line == title + ":":
            inside = True
        elif inside and not line.strip():
            break
        elif inside:
            lines.append(line)
    return lines


def commands(ilacs):
    """[(name, one-line description)] of `ilacs --help`'s Subcommands."""
    out = []
    for line in section(help_text(ilacs), "Subcommands"):
        name, _, description = line.strip().partition(" ")
        out.append((name, description.strip()))
    return out


def options(text):
    """[(names, value type or '', description)] of a help text's Options; a description on the
    line after its option is joined to it."""
    out = []
    for line in section(text, "Options"):
        m = OPTION.match(line)
        if m:
            out.append([m.group(1).split(","), m.group(2) or "", m.group(3) or ""])
        elif out and line.strip():
            out[-1][2] = (out[-1][2] + " " + line.strip()).strip()
    return [tuple(o) for o in out]
