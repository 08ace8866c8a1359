#!/usr/bin/env bash
# The published numbers of docs/BENCHMARKS.md: census (statement counts), javac time, bootstrap,
# create and update throughput. About 40 minutes on the 2-core reference machine. Writes JMH JSON,
# logs, census tables, a load log (load.txt: /proc/loadavg every 15 s) and tables.md to benchmarks/results/<UTC date-time>/.
#
#   mvn -B -pl benchmarks -am package -DskipTests && benchmarks/run-full.sh
#
# Every count below (forks, iterations) and the paired step's databases (PAIRED_DBS) can be changed through the environment, and STEPS picks
# steps (default: all, in this order): census,paired,pairedboot,create10k,bootwarm,compilecost,compile,update,bootcold,create100k,compile5k,merge,backfill
set -euo pipefail
source "$(dirname "$0")/bench-env.sh"
OUT="${BENCH_OUT:-$BENCH_DIR/results/$(date -u +%Y-%m-%dT%H%MZ)}"
mkdir -p "$OUT"
trap 'kill $SAMPLER 2>/dev/null || true; rm -rf "$STAGE"' EXIT
( while true; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 15; done ) >"$OUT/load.txt" &
SAMPLER=$!

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  lscpu | grep -E '^(Model name|Architecture|CPU\(s\)|Thread|Core|Socket|CPU max MHz|Hypervisor)' || true
  free -h | head -2
  "$JAVA" -version 2>&1
  grep PRETTY_NAME /etc/os-release || true
  uname -r
  psql -h 127.0.0.1 -U postgres -d test -Atc 'select version()' 2>/dev/null || true
  git -C "$BENCH_DIR" rev-parse HEAD 2>/dev/null || true
} >"$OUT/machine.txt"
cat "$OUT/machine.txt"

STEPS="${STEPS:-census,paired,pairedboot,create10k,bootwarm,compilecost,compile,update,bootcold,create100k,compile5k,merge,backfill}"
want() { case ",$STEPS," in *",$1,"*) return 0;; *) return 1;; esac; }
step() { echo; echo "== $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg): $*"; }
run() { # name, then JMH arguments
  local name=$1; shift
  "$@" -rf json -rff "$OUT/$name.json" >"$OUT/$name.log" 2>&1 || { tail -40 "$OUT/$name.log"; exit 1; }
  grep -E '^[A-Za-z]+Bench\.' "$OUT/$name.log" | grep -v ':gc\.\(count\|time\|alloc.rate \)\|cpuOps' || true
}

# In order of priority: if a run has to be cut short, the later steps are the ones lost.
if want census; then
step "census, n=10,000 (creates and updates) and n=100,000 (creates, SEQUENCE: where batching could differ)"
census --n 10000 >"$OUT/census-10000.md" 2>"$OUT/census-10000.err"; tail -3 "$OUT/census-10000.md"
census --n 100000 --ids SEQUENCE --updates false >"$OUT/census-100000.md" 2>"$OUT/census-100000.err"; tail -2 "$OUT/census-100000.md"
fi

if want paired; then
step "paired create, AutoProfile vs hand-written in one JVM (ABBA), n=10,000, ${PAIRED_JVMS:-3} JVMs per db x ids (${PAIRED_DBS:-H2 POSTGRESQL})"
for db in ${PAIRED_DBS:-H2 POSTGRESQL}; do for ids in SEQUENCE IDENTITY; do for jvm in $(seq 1 "${PAIRED_JVMS:-3}"); do
  rounds="${PAIRED_ROUNDS:-40}"; [ "$db:$ids" = POSTGRESQL:IDENTITY ] && rounds="${PAIRED_ROUNDS_PG_IDENTITY:-20}"
  paired --db "$db" --ids "$ids" --n 10000 --rounds "$rounds" --warmup 10 2>"$OUT/paired-$db-$ids-$jvm.err" \
    | tee "$OUT/paired-$db-$ids-$jvm.md" | tail -3
done; done; done
fi

if want pairedboot; then
step "paired bootstrap, 200 entities, with and without the runtime in one JVM (ABBA), ${PAIRED_JVMS:-3} JVMs"
# enabled vs disabled on one class loader (the runtime's work); disabled vs no runtime (its presence)
for jvm in $(seq 1 "${PAIRED_JVMS:-3}"); do
  for variant in "--baseline disabled" "--enabled false" "" "--baseline twin"; do
    name="paired-boot$(echo "$variant" | tr -d ' -' | sed 's/^./-&/')-$jvm"
    # shellcheck disable=SC2086
    paired_boot --pairs 100 --rounds "${PAIRED_BOOT_ROUNDS:-60}" --warmup 20 $variant 2>"$OUT/$name.err" \
      | tee "$OUT/$name.md" | tail -2
  done
done
fi

want create10k && for round in $(seq 1 "${CREATE_ROUNDS:-2}"); do
  step "create, n=10,000, round $round (the four ways, back to back per configuration)"
  run "create-10000-r$round" jmh CreateBench -foe true -p n=10000 -f 1 -wi "${CREATE_WI:-10}" -i "${CREATE_I:-8}" -prof gc
done

if want bootwarm; then
step "bootstrap, warm"
run bootstrap-warm jmh_boot BootstrapBench -foe true -f "${BOOT_FORKS:-2}" -wi "${BOOT_WI:-4}" -i "${BOOT_I:-6}" -w 2s -r 2s
fi

if want compilecost; then
step "javac in fresh JVMs, CPU time: realistic corpora against the no-op and one-trivial-file processors; worst cases"
compile_cost --corpus realistic,pairs500 --rounds "${COMPILE_COST_ROUNDS:-5}" >"$OUT/compile-cost.md" 2>"$OUT/compile-cost.err" \
  || { tail -40 "$OUT/compile-cost.err"; exit 1; }
compile_cost --corpus realistic5x,pairs5000 --rounds "${COMPILE_COST_5X_ROUNDS:-3}" --xmx 3g >>"$OUT/compile-cost.md" \
  2>>"$OUT/compile-cost.err" || { tail -40 "$OUT/compile-cost.err"; exit 1; }
cat "$OUT/compile-cost.md"
fi

if want compile; then
step "javac: 50 and 500 pairs"
run compile-50-500 jmh CompileBench -foe true -p corpus=pairs50,pairs500 -f "${COMPILE_FORKS:-2}" -wi "${COMPILE_WI:-4}" -i "${COMPILE_I:-6}"
fi

if want update; then
step "update, n=10,000, managed"
run update-managed jmh UpdateBench -foe true -p n=10000 -p flow=MANAGED -f "${UPDATE_FORKS:-2}" -wi "${UPDATE_WI:-4}" -i "${UPDATE_I:-6}" -prof gc
fi

if want bootcold; then
step "bootstrap, cold (first SessionFactory of a fresh JVM)"
run bootstrap-cold jmh_boot BootstrapBench -foe true -bm ss -f "${BOOT_COLD_FORKS:-4}" -wi 0 -i 1
fi

if want create100k; then
step "create, n=100,000"
run create-100000 jmh CreateBench -foe true -p n=100000 -f 1 -wi "${CREATE100K_WI:-1}" -i "${CREATE100K_I:-2}" -prof gc
fi

if want compile5k; then
step "javac: 5,000 pairs"
run compile-5000 jmh CompileBench -foe true -p corpus=pairs5000 -f 1 -wi "${COMPILE5K_WI:-1}" -i "${COMPILE5K_I:-3}"
fi

if want merge; then
step "update, n=10,000, merge (profile unchanged only: the runtime does not save merged profiles yet)"
run update-merge jmh UpdateBench -foe true -p n=10000 -p flow=MERGE -p change=USER -f 1 -wi "${UPDATE_WI:-4}" -i "${UPDATE_I:-6}" -prof gc
fi

if want backfill; then
step "backfill, PostgreSQL: AutoProfile, hand-written loop and SQL floor at 100,000 and 1,000,000 users; 4 runs at once"
backfill --n 100000,1000000 --rewrite "${BACKFILL_REWRITE:-true}" >"$OUT/backfill.md" 2>"$OUT/backfill.err" \
  || { tail -40 "$OUT/backfill.err"; exit 1; }
cat "$OUT/backfill.md"
fi

step "report"
python3 "$BENCH_DIR/report.py" "$OUT"/*.json >"$OUT/tables.md" || echo "report.py failed: tables.md incomplete"
echo "done: $OUT/tables.md"
