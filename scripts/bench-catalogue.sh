#!/usr/bin/env bash
# The whole catalogue: every notice and the example, in every language each has (drafts too),
# PDF + HTML, as one `fsn build` process. Prints wall time (hyperfine), pages per second and the
# peak resident memory of one build. Needs hyperfine (apt-get install hyperfine).
# Usage: scripts/bench-catalogue.sh [--format pdf|html|pdf,html] [--jobs N]
set -euo pipefail
cd "$(dirname "$0")/.."
# The release build is the publishing build (fat LTO, one codegen unit; README, "Benchmarks").
cargo build --release -q -p fsn-cli
fsn="$PWD/target/release/fsn"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
notices=()
for dir in notices/*/ examples/notices/*/; do
  notices+=(--notice "${dir%/}")
done
build=("$fsn" build --quiet --allow-draft --out "$work/dist" "${notices[@]}" "$@")
# One build for the figures: phase times, files, pages, and the summary line.
"${build[@]/--quiet/--verbose}" 2>&1 | tail -2
/usr/bin/time -f "peak RSS: %M KiB" "${build[@]}" 2>&1 | grep "peak RSS"
hyperfine --warmup 2 --runs 10 -n "fsn build (whole catalogue)" "${build[*]}"
