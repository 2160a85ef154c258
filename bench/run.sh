#!/usr/bin/env bash
# Throughput benchmark, reproducible: generates a corpus with bench/gen_corpus.py (fixed seed),
# then measures on this machine, in the same run:
#   1. the baseline: reading the corpus (JSONL parse, sha256) — `stage_bench`'s read stage;
#   2. each stage alone, single thread (stage_bench);
#   3. the whole CLI end to end with 1 and with 2 threads (MB/s, docs/s, peak RSS), BENCH_RUNS
#      times each, alternating, and the median: on a shared machine one run can be 1.3x off;
#   4. Traditional pages: the corpus's first 20 MB converted by ICU's uconv (Simplified-Traditional;
#      icu-devtools comes with libicu-dev) against the same 20 MB as generated, one thread;
#   5. a worst case: one 0.7 MB page on a single line, dense with places (bench/gen_long_line.py).
# Usage: bench/run.sh [BUILD_DIR] ; env BENCH_SIZE (default 100MB), BENCH_SEED (default 1),
#        BENCH_RUNS (default 3).
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
size=${BENCH_SIZE:-100MB}
seed=${BENCH_SEED:-1}
runs=${BENCH_RUNS:-3}
corpus="$build/bench/corpus-$size-$seed.jsonl"
mkdir -p "$build/bench"
if [ ! -s "$corpus" ]; then
  /usr/bin/python3 bench/gen_corpus.py --out "$corpus" --size "$size" --seed "$seed" --quiet
fi
echo "== corpus: $corpus ($(du -h "$corpus" | cut -f1), sha256 $(sha256sum "$corpus" | cut -c1-16)), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== stages, single thread (documents in memory)"
stages=$("$build/bench/stage_bench" "$corpus")
echo "$stages"
read_mbs=$(awk '$1 == "read" {print $2}' <<< "$stages")
# One end-to-end run: prints "MB/s docs/s peak-RSS-KB wall-s user-s MB-per-CPU-second": the last is
# the input's MB over the process's user + system time (start-up, reading and writing included), the
# unit of DEPENDENCIES.md's per-core figures (CPU-time medians) that issue 3's target is set in; it
# does not count the time the VM gives to others, which wall-clock MB/s divided by threads does.
run_once() { run_once_file "$1" "$corpus"; }
run_once_file() {
  local j=$1 file=$2 log
  log=$(/usr/bin/time -f "time %M %e %U %S" "$build/cli/policy-extract" run --no-progress -j "$j" "$file" -o /dev/null 2>&1)
  awk '/ MB\/s, /{for (i = 1; i <= NF; i++) { if ($i == "MB/s,") mbs = $(i - 1); if ($i == "docs/s") dps = $(i - 1); if ($i == "MB" && $(i + 1) == "in") mb = $(i - 1) } }
       $1 == "time" {rss = $2; wall = $3; user = $4; sys = $5}
       END {print mbs, dps, rss, wall, user, (user + sys > 0 ? mb / (user + sys) : 0)}' <<< "$log"
}
per() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
declare -A mbs cpus
echo "== policy-extract run (end to end: read, all stages, JSON out to /dev/null), $runs runs each, alternating"
for r in $(seq "$runs"); do
  for j in 1 2; do
    read -r m d rss wall user cpu < <(run_once "$j")
    printf '   run %d, -j %d: %6.1f MB/s (%.1f per core), %5.0f docs/s, peak RSS %d KB, %.2f s wall, %.2f s user, %.1f MB per CPU-second\n' \
      "$r" "$j" "$m" "$(per "$m" "$j")" "$d" "$rss" "$wall" "$user" "$cpu"
    mbs[$j]+="$m "
    cpus[$j]+="$cpu "
  done
done
for j in 1 2; do
  # shellcheck disable=SC2086
  median=$(median ${mbs[$j]})
  # shellcheck disable=SC2086
  printf '== -j %d: median %.1f MB/s (%.1f per core) of %s; %.3fx the read baseline; median %.1f MB per CPU-second of %s\n' \
    "$j" "$median" "$(per "$median" "$j")" "${mbs[$j]% }" "$(per "$median" "$read_mbs")" "$(median ${cpus[$j]})" "${cpus[$j]% }"
done
# Traditional pages go through Traditional→Simplified conversion (pipeline/t2s.h) first.
slice="$build/bench/corpus-$size-$seed-20MB.jsonl"
trad="$build/bench/corpus-$size-$seed-20MB-traditional.jsonl"
if [ ! -s "$trad" ] || [ ! -s "$slice" ]; then
  head -c 20000000 "$corpus" | head -n -1 > "$slice"
  uconv -f utf-8 -t utf-8 -x Simplified-Traditional "$slice" > "$trad"
fi
declare -A tmbs
for r in $(seq "$runs"); do
  for f in "$slice" "$trad"; do
    read -r m _ < <(run_once_file 1 "$f")
    tmbs[$f]+="$m "
  done
done
# shellcheck disable=SC2086
printf '== Traditional (first 20 MB, uconv), -j 1: median %.1f MB/s of %s; the same 20 MB Simplified: %.1f MB/s\n' \
  "$(median ${tmbs[$trad]})" "${tmbs[$trad]% }" "$(median ${tmbs[$slice]})"
# A worst case for checks that look back over a page: one 0.7 MB page on a single line, 20,000
# places of names several cities share (bench/gen_long_line.py), ~3x the corpus's mention density
# and one start-up: ~3 MB/s when linear; a first version of the region rules of 2026-11-25 that
# looked back over every place before took 1.58 s here (0.45 MB/s).
long="$build/bench/long-line-20000-$seed.txt"
[ -s "$long" ] || /usr/bin/python3 bench/gen_long_line.py --out "$long" --places 20000 --seed "$seed"
lmbs=""
for r in $(seq "$runs"); do
  read -r m _ < <(run_once_file 1 "$long")
  lmbs+="$m "
done
# shellcheck disable=SC2086
printf '== one page on one line (0.7 MB, 20,000 places), -j 1: median %.1f MB/s of %s\n' "$(median $lmbs)" "${lmbs% }"
