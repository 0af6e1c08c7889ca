#!/usr/bin/env bash
# Speed and memory of `ilacs extract` over the whole corpus, against the goals below. This
# is a check to run by hand (or in CI's log), not a test: timings on a shared machine vary.
#
#   scripts/bench.sh [ILACS_BINARY [CORPUS_DIR]]
#
# Exits 1 when a goal is missed.
set -euo pipefail

# Goals for one `ilacs extract` over the 263 files of ../shared/corpus on the project's
# 2-core machine. Measured there, with other work running: 4.3 to 4.7 files/s and 23 MiB
# peak (documents are read one at a time). The goals leave room for a busy machine and
# larger reports, and catch a slowdown by a third or memory growing fourfold.
GOAL_FILES_PER_SECOND=3
GOAL_PEAK_RSS_MIB=100

cd "$(dirname "$0")/.."
ilacs=${1:-build/ilacs}
corpus=${2:-../shared/corpus/reports}

[[ -x "$ilacs" ]] || { echo "bench: no binary at $ilacs (run scripts/setup.sh)" >&2; exit 2; }
[[ -d "$corpus" ]] || { echo "bench: no corpus at $corpus" >&2; exit 2; }

mapfile -d '' files < <(find "$corpus" -type f -print0 | sort -z)
report=$(mktemp)
trap 'rm -f "$report"' EXIT

start=$(date +%s.%N)
# Exit status 3 only says that some files are not readable reports (the corpus has some).
/usr/bin/time -v -o "$report" "$ilacs" extract --compact "${files[@]}" >/dev/null 2>&1 || [[ $? == 3 ]]
end=$(date +%s.%N)

peak_kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
awk -v n="${#files[@]}" -v start="$start" -v end="$end" -v kib="$peak_kib" \
    -v goal_rate="$GOAL_FILES_PER_SECOND" -v goal_mib="$GOAL_PEAK_RSS_MIB" 'BEGIN {
  wall = end - start; rate = n / wall; mib = kib / 1024
  printf "files           %d\n", n
  printf "wall seconds    %.1f\n", wall
  printf "files/second    %.2f  (goal: at least %s)  %s\n", rate, goal_rate, (rate >= goal_rate ? "ok" : "MISSED")
  printf "peak RSS MiB    %.0f  (goal: under %s)  %s\n", mib, goal_mib, (mib < goal_mib ? "ok" : "MISSED")
  if (rate < goal_rate || mib >= goal_mib) exit 1
}'
