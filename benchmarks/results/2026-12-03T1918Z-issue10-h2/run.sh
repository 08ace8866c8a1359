#!/usr/bin/env bash
# PairedCreate on H2: the code before issue 10 (025bdf7) and after it, alternated JVM by JVM.
set -u
cd /tmp/perf
for jvm in 1 2 3; do
  for ids in SEQUENCE IDENTITY; do
    for way in base new; do
      java -Xms2g -Xmx2g -cp "/tmp/${way}bench/autoprofile-benchmarks.jar:/tmp/${way}bench/lib/*" dev.autoprofile.bench.PairedCreate \
        --db H2 --ids $ids --n 10000 --rounds 40 --warmup 10 > "$way-$ids-$jvm.md" 2> "$way-$ids-$jvm.err"
      echo "$(date +%T) $way $ids $jvm done"
    done
  done
done
