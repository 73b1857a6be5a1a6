#!/usr/bin/env bash
# Long runs of the property tests that fuzz fsn's parsers: Markdown inline, notice TOML (parse
# and validate), Fluent files, GTIN-14, the whole load-and-compose pipeline, the XLIFF import
# (structural mutations of a real export: extra roots, truncation, duplicated elements, changed
# attributes; and arbitrary text), and Markdown into HTML. Not part of CI (cargo fuzz needs
# nightly; proptest runs on stable). Usage: scripts/fuzz.sh [cases per property] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-20000}"
seconds="${2:-1200}"
echo "fuzz: ${cases} cases per property, at most ${seconds} s"
start=$(date +%s)
# --workspace, not -p: the whole workspace's dependency features, so nothing is compiled again.
# Each crate has one test binary, `main`; `properties::` is fsn-core's module (TOML, Fluent, GTIN,
# the pipeline) and fsn-html's (Markdown to HTML), `xliff_properties::` fsn-l10n's.
FSN_FUZZ_CASES="$cases" timeout "$seconds" cargo test --workspace --test main -- properties:: --skip xliff_properties:: --test-threads 2
FSN_FUZZ_CASES="$cases" timeout "$seconds" cargo test --workspace --test main -- xliff_properties:: --test-threads 2
echo "fuzz: done in $(( $(date +%s) - start )) s"
