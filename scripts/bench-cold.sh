#!/usr/bin/env bash
# Cold start: `fsn render` of one notice to one PDF as a whole process, against typst-cli
# compiling the very same document (fsn's template, all of templates/ that its main file
# imports, and the composed data; the same fonts, no system fonts; PDF/A-2b and PDF/UA-1, the
# standards fsn writes). Needs hyperfine (apt-get install hyperfine) and typst-cli of the
# pinned version: cargo install typst-cli --version 0.15.1 --locked --root /tmp/typst-cli
# Usage: scripts/bench-cold.sh [path/to/typst]
set -euo pipefail
cd "$(dirname "$0")/.."
typst="${1:-/tmp/typst-cli/bin/typst}"
# The release build is the publishing build (fat LTO, one codegen unit; docs/BENCHMARKS.md).
cargo build --release -q -p fsn-cli
fsn="$PWD/target/release/fsn"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The template as fsn embeds it: main.typ and every file it imports (crates/fsn-cli/tests
# checks that this copies them all).
cp -R templates/. "$work/"
"$fsn" compose notices/FSN2025-1682 --lang it > "$work/data.json"
"$typst" --version
hyperfine --warmup 3 --runs 30 \
  -n "fsn render (cold process)" \
  "$fsn render notices/FSN2025-1682 --lang it --format pdf --out $work/fsn" \
  -n "typst compile (cold process)" \
  "$typst compile --root $work --font-path fonts --ignore-system-fonts --pdf-standard a-2b,ua-1 $work/main.typ $work/typst.pdf"
