#!/usr/bin/env bash
# Smoke pass of every benchmark (1 fork, one ~1 s or single-shot iteration each, tiny sizes) and the
# statement census as a hard check: AutoProfile must send exactly the JDBC statements and batches of
# hand-written code. Seconds to a few minutes; the times it prints mean nothing. Needs PostgreSQL on
# 127.0.0.1:5432 (db test, user postgres, trust) unless BENCH_DBS=H2.
#
#   mvn -B -pl benchmarks -am package -DskipTests && benchmarks/run-smoke.sh
set -euo pipefail
source "$(dirname "$0")/bench-env.sh"
DBS="${BENCH_DBS:-H2,POSTGRESQL}"
OUT="${BENCH_SMOKE_OUT:-$STAGE/smoke}"
mkdir -p "$OUT"
trap 'rm -rf "$STAGE"' EXIT
echo "== census (hard check), n=1000, $DBS"
census --n 1000 --db "$DBS" 2>"$OUT/census.err" | tee "$OUT/census.md"
echo "== PairedCreate, n=1000, 2 rounds (the full run: 40)"
for db in ${DBS//,/ }; do paired --db "$db" --n 1000 --rounds 2 --warmup 1 2>"$OUT/paired-$db.err" | tee "$OUT/paired-$db.md"; done
common=(-foe true -f 1 -wi 0 -i 1 -p db="$DBS")
echo "== CreateBench, n=1000, single shot"
jmh CreateBench "${common[@]}" -p n=1000 -rf json -rff "$OUT/create.json" >"$OUT/create.log" 2>&1 \
  || { tail -50 "$OUT/create.log"; exit 1; }
grep -E '^CreateBench\.create ' "$OUT/create.log" || true
echo "== UpdateBench, n=1000, single shot, managed and merge"
jmh UpdateBench "${common[@]}" -p n=1000 -p flow=MANAGED,MERGE -p change=USER -rf json -rff "$OUT/update.json" \
  >"$OUT/update.log" 2>&1 || { tail -50 "$OUT/update.log"; exit 1; }
grep -E '^UpdateBench\.update ' "$OUT/update.log" || true
echo "== BootstrapBench, 10 pairs (full: 100), one 1 s iteration"
jmh_boot BootstrapBench -foe true -f 1 -wi 0 -i 1 -r 1s -p pairs=10 -rf json -rff "$OUT/bootstrap.json" \
  >"$OUT/bootstrap.log" 2>&1 || { tail -50 "$OUT/bootstrap.log"; exit 1; }
grep -E '^BootstrapBench\.bootstrap ' "$OUT/bootstrap.log" || true
echo "== PairedBootstrap, 10 pairs, 2 rounds (full: 100 pairs, 60 rounds)"
paired_boot --pairs 10 --rounds 2 --warmup 1 2>"$OUT/paired-boot.err" | tee "$OUT/paired-boot.md"
echo "== CompileBench, 50 pairs, single shot"
jmh CompileBench -foe true -f 1 -wi 0 -i 1 -p corpus=pairs50 -rf json -rff "$OUT/compile.json" \
  >"$OUT/compile.log" 2>&1 || { tail -50 "$OUT/compile.log"; exit 1; }
grep -E '^CompileBench\.compile ' "$OUT/compile.log" || true
echo "== CompileCost, 50 pairs, one round of fresh javac JVMs (full: realistic corpora, 5 rounds)"
compile_cost --corpus pairs50 --rounds 1 --xmx 512m 2>"$OUT/compile-cost.err" | tee "$OUT/compile-cost.md" \
  || { tail -50 "$OUT/compile-cost.err"; exit 1; }
if [[ ",$DBS," == *",POSTGRESQL,"* ]]; then
  echo "== BackfillBench, PostgreSQL, n=2000 (full: 100,000 and 1,000,000)"
  backfill --n 2000 --warmup 1000 2>"$OUT/backfill.err" | tee "$OUT/backfill.md" || { tail -50 "$OUT/backfill.err"; exit 1; }
fi
echo "smoke: every benchmark ran; census passed"
