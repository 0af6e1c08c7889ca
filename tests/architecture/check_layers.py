#!/usr/bin/env python3
"""The folders are the architecture: checks the tree against docs/ARCHITECTURE.md.

The stage table of docs/ARCHITECTURE.md names one folder per stage, in the order the data
flows. This fails (exit 1, one line per problem) when
  - a folder under src/, include/ilacs/ or tests/unit/ is not named in the table;
  - a file of a stage includes a header of a later stage ("ilacs/<stage>/...");
  - a stage's public header includes a private header of src/ (the public face stands alone).
src/cli/ is the front end and may include any stage.
"""
import argparse, pathlib, re, sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"ilacs/([^/"]+)/[^"]+"', re.M)


def stage_order(architecture_md):
    """The folders of the stage table, in table order (a row's second cell: `name/`)."""
    text = architecture_md.read_text(encoding='utf-8')
    table = text[text.index('## The stages'):]
    folders = []
    for row in re.findall(r'^\|([^\n]*)\|\s*$', table, re.M):
        cells = [c.strip() for c in row.split('|')]
        m = re.match(r'`(\w+)/`', cells[1]) if len(cells) > 1 else None
        if m:
            folders.append(m.group(1))
    return folders


def check(root):
    """The problems of the tree at root, one line each, and the number of stages."""
    order = stage_order(root / 'docs' / 'ARCHITECTURE.md')
    if not order:
        return ['docs/ARCHITECTURE.md: no stage table found'], 0
    rank = {name: i for i, name in enumerate(order)}
    problems = []
    trees = [root / 'src', root / 'include' / 'ilacs', root / 'tests' / 'unit']
    for tree in trees:
        for folder in sorted(p for p in tree.iterdir() if p.is_dir()):
            if folder.name not in rank:
                problems.append(f'{folder.relative_to(root)}/: not a stage named in docs/ARCHITECTURE.md')
    for tree in trees[:2]:
        for path in sorted(tree.rglob('*.[ch]pp')):
            stage = path.relative_to(tree).parts[0]
            if stage not in rank or stage == 'cli':
                continue
            text = path.read_text(encoding='utf-8')
            for m in INCLUDE.finditer(text):
                target = m.group(1)
                line = text.count('\n', 0, m.start()) + 1
                where = f'{path.relative_to(root)}:{line}'
                if target not in rank:
                    problems.append(f'{where}: includes ilacs/{target}/, which is not a stage')
                elif rank[target] > rank[stage]:
                    problems.append(f'{where}: stage {stage} includes the later stage {target}')
            if tree.name == 'ilacs' and re.search(r'^\s*#\s*include\s+"(?!ilacs/)[^"]+"', text, re.M):
                problems.append(f'{path.relative_to(root)}: a public header includes a private one')
    return problems, len(order)


def self_test(architecture_md):
    """The check must catch what it is for: a tree made here with one fault of each kind."""
    import shutil, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / 'docs').mkdir()
        shutil.copy(architecture_md, root / 'docs' / 'ARCHITECTURE.md')
        files = {
            'src/model/dates.cpp': '#include "ilacs/output/writers.hpp"\n',
            'src/output/writers.cpp': '#include "ilacs/model/dates.hpp"\n',
            'include/ilacs/reading/readers.hpp': '#include "notional_page.hpp"\n',
            'tests/unit/misc/test_misc.cpp': '',
        }
        for name, text in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        problems, _ = check(root)
        expected = ['stage model includes the later stage output', 'a public header includes a private one',
                    'tests/unit/misc/: not a stage']
        missed = [e for e in expected if not any(e in p for p in problems)]
        for e in missed:
            print(f'self-test: the check missed: {e}')
        if len(problems) != len(expected):
            print(f'self-test: {len(problems)} problems found, {len(expected)} planted: {problems}')
        return 1 if missed or len(problems) != len(expected) else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--root', default=pathlib.Path(__file__).resolve().parents[2], type=pathlib.Path)
    ap.add_argument('--self-test', action='store_true', help='check that planted faults are found')
    args = ap.parse_args()
    if args.self_test:
        return self_test(args.root / 'docs' / 'ARCHITECTURE.md')
    problems, stages = check(args.root)
    for p in problems:
        print(p)
    print(f'{stages} stages; {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
