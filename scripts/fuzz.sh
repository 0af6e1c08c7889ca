#!/bin/sh
# Builds the libFuzzer harnesses of fuzz/ with clang in build-fuzz and runs each for a while.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   (default: 60 seconds each, every target)
#
# The corpus grows in build-fuzz/corpus/TARGET and is kept for the next run; findings (a
# crashing input) are written to build-fuzz/findings/TARGET-*. One core only: other builds
# share the machine. Not part of ctest or CI: see fuzz/README.md.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-fuzz_extract_text fuzz_dates fuzz_rules}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
  -DILACS_BUILD_FUZZERS=ON -DILACS_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$build" -j 2 $targets

# Seeds: a few lines of the kinds of text each target reads, written afresh each run.
seed() {  # seed TARGET NAME TEXT
  mkdir -p "$build/corpus/$1"
  printf '%b' "$3" > "$build/corpus/$1/seed-$2"
}
seed fuzz_extract_text title 'Derbyshire County Council\nInspection of children'"'"'s social care services\nInspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019\nLead inspector: Julie Knight\n'
seed fuzz_extract_text table 'Judgement\tGrade\nThe impact of leaders on social work practice with children and families\tGood\nOverall effectiveness\tRequires improvement to be good\n'
seed fuzz_extract_text improve 'What needs to improve?\n- The timeliness of assessments.\n- The quality of plans\n\n1. Supervision\n'
seed fuzz_extract_text sif 'Inspection of services for children in need of help and protection, children looked after and care leavers\nReview of the effectiveness of the local safeguarding children board\n\f12 \xe2\x80\x93 Priority and immediate action\n'
seed fuzz_extract_text cabinet 'Cabinet\n16 March 2020\nReport of the Executive Director\nOfsted inspection of children'"'"'s services\n'
seed fuzz_dates range '19 November\xe2\x80\x9330 November 2018'
seed fuzz_dates list '30 September to 11 October 2024 and 13 to 16 January 2025'
seed fuzz_dates numeric '1/06/2015 \xe2\x80\x93 25/06/2015'
seed fuzz_dates wrap '30 December to 3 January 2025; 4th Sept 19'
seed fuzz_rules kinds '# kinds\nkind.ilacs_inspection (?i)local authority children'"'"'s services\\b\nkind.sif_inspection ^inspection of (.+)$\n'
seed fuzz_rules grades 'grade.good\t(?i)\\bgood\\b\ngrade.requires_improvement (?i)requires improvement(?: to be good)?\njudgement.x [\n'

# Dictionaries: words the rules look for, which random mutation would take long to find.
dict() {  # dict TARGET WORD...
  target=$1
  shift
  for w in "$@"; do printf '"%s"\n' "$w"; done > "$build/$target.dict"
}
dict fuzz_extract_text "Inspection of " "children's services" "Lead inspector: " "Inspection dates: " \
  "Overall effectiveness" "The impact of leaders" "help and protection" "children in care" "care leavers" \
  "Outstanding" "Good" "Requires improvement to be good" "Inadequate" "Adequate" "What needs to improve" \
  "Recommendations" "Priority and immediate action" "Areas for improvement" "Local Safeguarding Children Board" \
  "Cabinet" "Scrutiny" "Minutes" "Action plan" "By when" "Council" "Page 1 of 2" "\x09" "\x0A" "\x0C" "- " "1. " "**" "# " \
  " July 2019" " to " " and "
dict fuzz_dates "January" "Sept" "December" " to " " and " "\xe2\x80\x93" "/06/2015" "2019" "31st" "29 February"
dict fuzz_rules "kind." "grade." "judgement." "(?i)" '\\b' "(.+)" "{1000}" "[a-z]" "# " "\x0A"

mkdir -p "$build/findings"
for t in $targets; do
  echo "== $t: $seconds s"
  "$build/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 -dict="$build/$t.dict" \
    -artifact_prefix="$build/findings/$t-" "$build/corpus/$t"
done
