#!/usr/bin/env bash
# The whole catalogue: every notice and the example, in every language each has (drafts too),
# PDF + HTML, as one `fsn build` process. Prints wall time (hyperfine), pages per second and the
# peak resident memory of one build. Needs hyperfine (apt-get install hyperfine).
#
# With --generate N[,N…], a made-up catalogue of N notices instead, for each N: copies of
# examples/notices/EXAMPLE-0001 (24 languages) with every second continuation line of every
# message changed, so typst cannot reuse one notice's layout for the next. Prints, for a clean
# build, documents/s and peak RSS, then the time of three incremental rebuilds: nothing
# changed, one message of one notice in one language, one shared message of one language
# (locales/it/notice.ftl, printed by every notice). Needs GNU time (/usr/bin/time).
#
# Usage: scripts/bench-catalogue.sh [--format pdf|html|pdf,html] [--jobs N]
#        scripts/bench-catalogue.sh --generate 10,100,500 [--format …] [--jobs N]
# FSN names the binary to measure (default: a release build, made first).
set -euo pipefail
cd "$(dirname "$0")/.."
generate=
if [ "${1:-}" = "--generate" ]; then
  generate=${2:?--generate needs a list of sizes, e.g. 10,100}
  shift 2
fi
if [ -z "${FSN:-}" ]; then
  # The release build is the publishing build (fat LTO, one codegen unit; docs/BENCHMARKS.md).
  cargo build --release -q -p fsn-cli
  FSN="$PWD/target/release/fsn"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "$generate" ]; then
  notices=()
  for dir in notices/*/ examples/notices/*/; do
    notices+=(--notice "${dir%/}")
  done
  build=("$FSN" build --quiet --allow-draft --out "$work/dist" "${notices[@]}" "$@")
  # One build for the figures: phase times, files, pages, and the summary line.
  "${build[@]/--quiet/--verbose}" 2>&1 | tail -2
  /usr/bin/time -f "peak RSS: %M KiB" "${build[@]}" 2>&1 | grep "peak RSS"
  hyperfine --warmup 2 --runs 10 -n "fsn build (whole catalogue)" "${build[*]}"
  exit 0
fi

# A repository of `count` notices derived from EXAMPLE-0001, in $work/repo-$count.
make_catalogue() {
  local count=$1 repo=$work/repo-$1 i id dir
  mkdir -p "$repo/notices"
  cp -r locales issuers profiles "$repo/"
  for i in $(seq 1 "$count"); do
    id=$(printf 'GEN-%04d' "$i")
    dir=$repo/notices/$id
    cp -r examples/notices/EXAMPLE-0001 "$dir"
    sed -i "s/^id = \"EXAMPLE-0001\"/id = \"$id\"/" "$dir/notice.toml"
    for ftl in "$dir"/locales/*.ftl; do
      # Continuation lines start with spaces: mark every second one with the notice.
      awk -v mark=" ($id)" '/^ +[^ ]/ { if (++n % 2 == 0) $0 = $0 mark } { print }' \
        "$ftl" >"$ftl.new"
      mv "$ftl.new" "$ftl"
    done
  done
}

# Runs one build in $repo, printing its wall and CPU time (the CPU time tells a busy machine
# from a slow build), peak RSS and the summary's counts.
timed_build() {
  local label=$1 repo=$2
  shift 2
  (cd "$repo" && /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
    "$FSN" build --allow-draft --out dist "$@" 2>"$work/summary") ||
    { cat "$work/summary" >&2; exit 1; }
  read -r seconds user system rss <"$work/time"
  local files rendered
  files=$(grep -o '^built [0-9]* files' "$work/summary" | grep -o '[0-9]*')
  rendered=$(grep -o '[0-9]* rendered' "$work/summary" | grep -o '[0-9]*')
  printf '%-26s %7.2f s wall %7.2f s CPU %5d MB %6d files %6d rendered' "$label" "$seconds" \
    "$(echo "$user $system" | awk '{ print $1 + $2 }')" $((rss / 1024)) "$files" "$rendered"
  if [ "$label" = "clean build" ]; then
    # Documents are notice × language; each is one PDF and/or one HTML page.
    printf '  %.1f documents/s' "$(echo "$files $seconds" | awk '{ print $1 / 2 / $2 }')"
  fi
  echo
}

# Adds a word to message `id` in `file` (a path inside the repository).
edit_message() {
  local repo=$1 file=$2 id=$3
  sed -i "s/^$id = .*/& (edited)/" "$repo/$file"
  grep -q "^$id = .*(edited)" "$repo/$file" || { echo "no message $id in $file" >&2; exit 1; }
}

for count in ${generate//,/ }; do
  make_catalogue "$count"
  repo=$work/repo-$count
  echo "== $count notices × 24 languages, $(nproc) cores, $FSN $*"
  timed_build "clean build" "$repo" "$@"
  timed_build "no change" "$repo" "$@"
  edit_message "$repo" notices/GEN-0001/locales/it.ftl summary
  timed_build "one message, one language" "$repo" "$@"
  edit_message "$repo" locales/it/notice.ftl title-urgent-safety-notice
  timed_build "one shared message" "$repo" "$@"
  rm -rf "$repo"
done
