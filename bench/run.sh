#!/usr/bin/env bash
# Throughput benchmark, reproducible: generates a corpus with bench/gen_corpus.py (fixed seed),
# then measures on this machine, in the same run:
#   1. the baseline: reading the corpus (JSONL parse, sha256) — `stage_bench`'s read stage;
#   2. each stage alone, single thread (stage_bench);
#   3. the whole CLI end to end with 1 and with 2 threads (MB/s, docs/s, peak RSS), and its ratio
#      to the baseline.
# Usage: bench/run.sh [BUILD_DIR] ; env BENCH_SIZE (default 100MB), BENCH_SEED (default 1).
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
size=${BENCH_SIZE:-100MB}
seed=${BENCH_SEED:-1}
corpus="$build/bench/corpus-$size-$seed.jsonl"
mkdir -p "$build/bench"
if [ ! -s "$corpus" ]; then
  /usr/bin/python3 bench/gen_corpus.py --out "$corpus" --size "$size" --seed "$seed" --quiet
fi
echo "== corpus: $corpus ($(du -h "$corpus" | cut -f1), sha256 $(sha256sum "$corpus" | cut -c1-16)), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== stages, single thread (documents in memory)"
"$build/bench/stage_bench" "$corpus"
for j in 1 2; do
  echo "== policy-extract run -j $j (end to end: read, all stages, JSON out to /dev/null)"
  /usr/bin/time -f "   peak RSS %M KB, %e s wall, %U s user" \
    "$build/cli/policy-extract" run --no-progress -j "$j" "$corpus" -o /dev/null 2>&1 | sed 's/^/   /'
done
