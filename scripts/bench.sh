#!/usr/bin/env bash
# Speed and memory of `ilacs batch` over the whole corpus, beside pdftotext (and mutool when
# installed) on the same files with the same number of processes, and a check that the
# records are byte-identical for --jobs 1, 2 and 4. This is a check to run by hand (or in
# CI's log), not a test: timings on a shared machine vary.
#
#   scripts/bench.sh [ILACS_BINARY [CORPUS_DIR]]
#
# Exits 1 when a goal is missed or the records differ between --jobs values.
set -euo pipefail

# Goals for `ilacs batch --jobs 2` over the 263 files of ../shared/corpus on the project's
# 2-core machine: full records in at most 0.6 times the wall time pdftotext takes to dump the
# same files' text with as many processes, in the same run. Peak memory is that of the
# largest single process (the parent or one worker: each reads one document at a time). The
# rate goal leaves room for a busy machine.
GOAL_RATIO=0.6
GOAL_FILES_PER_SECOND=3
GOAL_PEAK_RSS_MIB=100
JOBS=2

cd "$(dirname "$0")/.."
ilacs=${1:-build/ilacs}
corpus=${2:-../shared/corpus/reports}

[[ -x "$ilacs" ]] || { echo "bench: no binary at $ilacs (run scripts/setup.sh)" >&2; exit 2; }
[[ -d "$corpus" ]] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "bench: pdftotext is not installed (Debian package poppler-utils)" >&2; exit 2; }

mapfile -d '' files < <(find "$corpus" -type f -print0 | sort -z)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command under /usr/bin/time -v; prints "WALL_SECONDS CPU_SECONDS PEAK_KIB". CPU
# seconds (user + system, of every process) compare fairly on a busy machine, where wall
# time depends on the others. /usr/bin/time reports the largest resident set of the process
# and of every child it waited for, that is, of the largest single process, not their sum.
measure() {
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -F': ' '
      /User time/ {cpu += $2} /System time/ {cpu += $2} /Maximum resident set size/ {kib = $2}
      END {printf "%.3f %.3f %d\n", e - s, cpu, kib}' "$work/time"
}

# The ilacs runs write fresh datasets, so that every document is read.
read -r ilacs_wall ilacs_cpu ilacs_kib < <(measure "$ilacs" batch --quiet --jobs "$JOBS" "${files[@]}" -o "$work/jobs$JOBS.jsonl")
# One pdftotext process per file, $JOBS at a time; files that are not PDFs fail fast, as
# they do in ilacs.
read -r pdftotext_wall pdftotext_cpu pdftotext_kib < <(measure sh -c 'printf "%s\0" "$@" | xargs -0 -P '"$JOBS"' -I{} pdftotext -q {} /dev/null' _ "${files[@]}")
mutool_line="mutool          not installed"
if command -v mutool >/dev/null; then
    read -r mutool_wall mutool_cpu mutool_kib < <(measure sh -c 'printf "%s\0" "$@" | xargs -0 -P '"$JOBS"' -I{} mutool draw -q -F txt -o /dev/null {}' _ "${files[@]}")
    mutool_line=$(awk -v w="$mutool_wall" -v c="$mutool_cpu" -v k="$mutool_kib" -v n="${#files[@]}" \
        'BEGIN {printf "mutool          %6.1f s wall  %6.1f s CPU  %6.2f files/s  peak %4.0f MiB", w, c, n / w, k / 1024}')
fi

identical=yes
for jobs in 1 4; do
    "$ilacs" batch --quiet --jobs "$jobs" "${files[@]}" -o "$work/jobs$jobs.jsonl" >/dev/null 2>&1 || true
    cmp -s "$work/jobs$JOBS.jsonl" "$work/jobs$jobs.jsonl" || identical=no
done
records=$(wc -l < "$work/jobs$JOBS.jsonl")

awk -v n="${#files[@]}" -v jobs="$JOBS" -v records="$records" -v identical="$identical" \
    -v iw="$ilacs_wall" -v ic="$ilacs_cpu" -v ik="$ilacs_kib" \
    -v pw="$pdftotext_wall" -v pc="$pdftotext_cpu" -v pk="$pdftotext_kib" -v mutool="$mutool_line" \
    -v goal_ratio="$GOAL_RATIO" -v goal_rate="$GOAL_FILES_PER_SECOND" -v goal_mib="$GOAL_PEAK_RSS_MIB" 'BEGIN {
  rate = n / iw; mib = ik / 1024; ratio = iw / pw
  printf "files           %d, %d processes each\n", n, jobs
  printf "ilacs batch     %6.1f s wall  %6.1f s CPU  %6.2f files/s  peak %4.0f MiB per process (full records)\n", iw, ic, rate, mib
  printf "pdftotext       %6.1f s wall  %6.1f s CPU  %6.2f files/s  peak %4.0f MiB (text only)\n", pw, pc, n / pw, pk / 1024
  print mutool
  printf "ratio           ilacs takes %.2fx the wall time and %.2fx the CPU time of pdftotext (goal: at most %sx the wall time)  %s\n", ratio, ic / pc, goal_ratio, (ratio <= goal_ratio ? "ok" : "MISSED")
  printf "files/second    %.2f  (goal: at least %s)  %s\n", rate, goal_rate, (rate >= goal_rate ? "ok" : "MISSED")
  printf "peak RSS MiB    %.0f  (goal: under %s per worker)  %s\n", mib, goal_mib, (mib < goal_mib ? "ok" : "MISSED")
  printf "records         %d; --jobs 1, 2 and 4 byte-identical: %s\n", records, identical
  if (ratio > goal_ratio || rate < goal_rate || mib >= goal_mib || identical != "yes" || records != n) exit 1
}'
