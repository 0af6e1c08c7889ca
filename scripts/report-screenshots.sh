#!/usr/bin/env bash
# Renders the report page of the shared corpus in headless Chromium and saves screenshots
# to look at: the overview and one authority's section. Prints the page's size and how long
# it took to load (from the browser's own navigation timing), which are goals, not tests.
#
#   scripts/report-screenshots.sh [OUT_DIR] [AUTHORITY]     default: report-shots/ and 830 (Derbyshire)
set -euo pipefail

cd "$(dirname "$0")/.."
out=${1:-report-shots}
authority=${2:-830}
ilacs=build/ilacs
shared=../shared
chromium=$(command -v chromium || command -v chromium-browser) || { echo "report-screenshots: chromium is not installed (scripts/setup.sh installs it)" >&2; exit 2; }
[[ -x $ilacs ]] || { echo "report-screenshots: build ilacs first (scripts/setup.sh)" >&2; exit 2; }
[[ -d $shared/corpus/reports ]] || { echo "report-screenshots: $shared/corpus/reports not found" >&2; exit 2; }

mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$shared/corpus/reports" -type f -print0 | sort -z | xargs -0 "$ilacs" extract --compact > "$tmp/corpus.jsonl" 2>/dev/null || true
"$ilacs" report "$tmp/corpus.jsonl" -o "$out/report.html" --authority "$authority"
"$ilacs" report "$tmp/corpus.jsonl" -o "$out/authority.html" --authority "$authority" --only

shoot() {  # page, png, height
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
    --window-size=1280,"$3" --screenshot="$2" "file://$(realpath "$1")" 2>/dev/null
}
shoot "$out/report.html" "$out/overview.png" 1600
shoot "$out/authority.html" "$out/authority.png" 2400

# Load time: a copy of the page that writes its own navigation timing into the title.
sed 's|</body>|<script>addEventListener("load",function(){setTimeout(function(){var t=performance.timing;document.title="load-ms:"+(t.loadEventEnd-t.navigationStart)},0)})</script></body>|' \
  "$out/report.html" > "$tmp/timed.html"
load=$("$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" --dump-dom "file://$tmp/timed.html" 2>/dev/null |
  grep -o 'load-ms:[0-9]*' | head -1)
echo "page: $(stat -c %s "$out/report.html") bytes (goal: under 5 MB); ${load:-load-ms:unknown} (goal: under 1000)"
echo "screenshots: $out/overview.png $out/authority.png"
