# Sourced by run-smoke.sh and run-full.sh: copies the built benchmarks (target/autoprofile-benchmarks.jar
# and target/lib) to a stage directory, so that a rebuild while a long run goes on cannot swap classes
# under it, and defines the class paths.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -f "$BENCH_DIR/target/autoprofile-benchmarks.jar" ] || [ ! -d "$BENCH_DIR/target/lib" ]; then
  echo "build first: mvn -B -pl benchmarks -am package -DskipTests (from the repository root)" >&2
  exit 2
fi
STAGE="${BENCH_STAGE:-$(mktemp -d -t autoprofile-bench-XXXXXX)}"
mkdir -p "$STAGE"
cp "$BENCH_DIR/target/autoprofile-benchmarks.jar" "$STAGE/"
rm -rf "$STAGE/lib" && cp -r "$BENCH_DIR/target/lib" "$STAGE/lib"
RUNTIME_JAR="$(ls "$STAGE"/lib/autoprofile-runtime-*.jar)"
# everything: the runtime, create/update benchmarks and the census
CP="$STAGE/autoprofile-benchmarks.jar:$STAGE/lib/*"
# the bootstrap benchmark: autoprofile-runtime off the class path, handed over by -D instead
CP_NO_RUNTIME="$STAGE/autoprofile-benchmarks.jar$(for j in "$STAGE"/lib/*.jar; do case "$j" in *autoprofile-runtime-*) ;; *) printf ':%s' "$j";; esac; done)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jmh() { "$JAVA" -cp "$CP" org.openjdk.jmh.Main "$@"; }
jmh_boot() { "$JAVA" -Dautoprofile.bench.runtime="$RUNTIME_JAR" -cp "$CP_NO_RUNTIME" org.openjdk.jmh.Main "$@"; }
paired() { "$JAVA" -Xms2g -Xmx2g -cp "$CP" dev.autoprofile.bench.PairedCreate "$@"; }
paired_boot() { "$JAVA" -Xms2g -Xmx2g -Dautoprofile.bench.runtime="$RUNTIME_JAR" -cp "$CP_NO_RUNTIME" dev.autoprofile.bench.boot.PairedBootstrap "$@"; }
backfill() { "$JAVA" -Xmx1g -cp "$CP" dev.autoprofile.bench.BackfillBench "$@"; }
compile_cost() { "$JAVA" -cp "$CP" dev.autoprofile.bench.corpus.CompileCost "$@"; }
census() { "$JAVA" -Xms2g -Xmx2g -cp "$CP" dev.autoprofile.bench.Census "$@"; }
