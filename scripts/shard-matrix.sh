#!/usr/bin/env bash
# The CI matrix of examples/ci/ on one machine: N `fsn build --shard i/N` processes side by side,
# then the merge job's steps. crates/fsn-cli/tests/ci_recipes.rs checks that the result is byte
# for byte the single build's.
#
#   scripts/shard-matrix.sh N OUT [fsn build options…]   build N shards and merge them into OUT
#   scripts/shard-matrix.sh --collect OUT SHARD_DIR…     the merge job's first step: copy into OUT
#                                                        the files each shard's manifest lists
#
# FSN names the fsn binary (default: fsn on PATH). Needs jq.
set -euo pipefail

FSN=${FSN:-fsn}

# Copies the files each shard's manifest.json lists, and only those: a shard folder restored
# from a cache may still hold files of an earlier build.
collect() {
  local out=$1 shard path
  shift
  command -v jq >/dev/null || { echo "shard-matrix.sh: needs jq" >&2; exit 1; }
  for shard in "$@"; do
    jq -r '.files[].path' "$shard/manifest.json" | while IFS= read -r path; do
      mkdir -p "$out/$(dirname "$path")"
      cp "$shard/$path" "$out/$path"
    done
  done
}

if [ "${1:-}" = "--collect" ]; then
  [ $# -ge 3 ] || { echo "usage: $0 --collect OUT SHARD_DIR…" >&2; exit 2; }
  shift
  collect "$@"
  exit 0
fi

[ $# -ge 2 ] || { echo "usage: $0 N OUT [fsn build options…]" >&2; exit 2; }
shards=$1 out=$2
shift 2
case $shards in '' | *[!0-9]* | 0) echo "shard-matrix.sh: N must be a positive number" >&2; exit 2 ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The matrix: one process per shard, as CI runs one job per shard.
pids=()
for i in $(seq 1 "$shards"); do
  "$FSN" build --shard "$i/$shards" --out "$work/shard-$i" "$@" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=1
done
[ "$failed" = 0 ] || { echo "shard-matrix.sh: a shard failed" >&2; exit 1; }

# The merge job.
shard_dirs=()
for i in $(seq 1 "$shards"); do shard_dirs+=("$work/shard-$i"); done
collect "$out" "${shard_dirs[@]}"
manifests=()
for dir in "${shard_dirs[@]}"; do manifests+=("$dir/manifest.json"); done
"$FSN" manifest merge "${manifests[@]}" --out "$out"
