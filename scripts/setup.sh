#!/usr/bin/env bash
# Installs the build and test dependencies from Debian 12 packages (scripts/debian-packages.txt)
# and builds ilacs and its tests into build/.
#
#   scripts/setup.sh             install what is missing, configure and build build/
#   scripts/setup.sh --no-build  install only (scripts/test-sanitizers.sh builds elsewhere)
#
# apt is skipped entirely when every package is already there, so a re-run only rebuilds.
set -euo pipefail

cd "$(dirname "$0")/.."

build=yes
case "${1:-}" in
  "") ;;
  --no-build) build=no ;;
  *) echo "usage: scripts/setup.sh [--no-build]" >&2; exit 2 ;;
esac

mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' scripts/debian-packages.txt)

missing=()
for p in "${packages[@]}"; do
  [[ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" == installed ]] || missing+=("$p")
done

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}"
  as_root=()
  if [[ "$(id -u)" != 0 ]]; then as_root=(sudo); fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi

if [[ $build == yes ]]; then
  cmake -S . -B build -G Ninja
  # Two jobs: the machines have two cores, and a third compiler only competes for them.
  cmake --build build -j 2
fi
