#!/usr/bin/env bash
# Every figure of BENCHMARKS.md, in order, each step's raw output under benchmarks/results/.
# Run from the repository root after building (see BENCHMARKS.md). Steps can be run one by one:
#   benchmarks/run-all.sh generate cold heap agree load queries queries-1e6
# With no argument, runs them all. The shaded jar is copied first, so that rebuilding while a run
# goes on cannot change what is measured. Takes about two hours on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
R=benchmarks/results
mkdir -p "$R"
JAR=benchmarks/target/run.jar
cp benchmarks/target/benchmarks.jar "$JAR"
HEAP=${HEAP:--Xmx16g}
STEPS=${*:-generate cold heap agree load queries queries-1e6}
# JMH options of the query steps; the defaults are those of the figures first published. A shorter
# run: QUERY_OPTS="-f 1 -wi 2 -i 3"; at 10^6 each fork loads 2.8 GB, so QUERY_1E6_FILTER can name
# the benchmarks to run (a JMH regular expression).
QUERY_OPTS=${QUERY_OPTS:--f 3 -wi 3 -i 5}
QUERY_1E6_OPTS=${QUERY_1E6_OPTS:--f 1 -wi 3 -i 5}
QUERY_1E6_FILTER=${QUERY_1E6_FILTER:-QueryBenchmark}

stamp() {
  { echo "# $(date -u +%FT%TZ) on $(hostname): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"\
      "$(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)";
    echo "# $(java -version 2>&1 | tr '\n' ' ')";
    echo "# library commit $(git rev-parse --short HEAD), parley jar sha256 $(sha256sum benchmarks/target/lib/parley-*.jar | cut -c1-16)";
    echo "# command: $*"; } 
}

for step in $STEPS; do
  case $step in
    generate)
      for n in 1e4 1e5 1e6; do
        [ -f benchmarks/target/data/$n/meetings.json ] && continue
        java $HEAP -cp "$JAR" io.parley.benchmarks.Generate $n benchmarks/target/data/$n | tee "$R/generate-$n.txt"
      done ;;
    cold)
      { stamp benchmarks/cold-start.sh 21; benchmarks/cold-start.sh 21; } > "$R/cold-start.txt" 2>&1 ;;
    heap)
      for n in bundled-json 1e4 1e5 1e6; do
        { stamp java $HEAP -cp "$JAR" io.parley.benchmarks.HeapProbe $n --histogram;
          java $HEAP -cp "$JAR" io.parley.benchmarks.HeapProbe $n --histogram; } > "$R/heap-$n.txt" 2>&1
      done ;;
    agree)
      for n in bundled 1e4 1e5 1e6; do
        java $HEAP -cp "$JAR" io.parley.benchmarks.Agree $n
      done > "$R/agree.txt" 2>&1 ;;
    load)
      { stamp java -jar "$JAR" LoadBenchmark -p data=bundled-json,1e4,1e5 -jvmArgsAppend "$HEAP";
        java -jar "$JAR" LoadBenchmark -p data=bundled-json,1e4,1e5 -jvmArgsAppend "$HEAP" -rf csv -rff "$R/load.csv"; } > "$R/load.txt" 2>&1
      { stamp java -jar "$JAR" LoadBenchmark -p data=1e6 -wi 1 -i 3 -jvmArgsAppend "$HEAP";
        java -jar "$JAR" LoadBenchmark -p data=1e6 -wi 1 -i 3 -jvmArgsAppend "$HEAP" -rf csv -rff "$R/load-1e6.csv"; } > "$R/load-1e6.txt" 2>&1 ;;
    queries)
      { stamp java -jar "$JAR" QueryBenchmark -p data=bundled,1e4,1e5 $QUERY_OPTS -jvmArgsAppend "$HEAP";
        java -jar "$JAR" QueryBenchmark -p data=bundled,1e4,1e5 $QUERY_OPTS -jvmArgsAppend "$HEAP" -rf csv -rff "$R/queries.csv"; } > "$R/queries.txt" 2>&1 ;;
    queries-1e6)
      { stamp java -jar "$JAR" "$QUERY_1E6_FILTER" -p data=1e6 $QUERY_1E6_OPTS -jvmArgsAppend "$HEAP";
        java -jar "$JAR" "$QUERY_1E6_FILTER" -p data=1e6 $QUERY_1E6_OPTS -jvmArgsAppend "$HEAP" -rf csv -rff "$R/queries-1e6.csv"; } > "$R/queries-1e6.txt" 2>&1 ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
  echo "$(date -u +%T) done: $step"
done
