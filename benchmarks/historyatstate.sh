#!/usr/bin/env bash
# A real outside dataset over the bundled one: load time and heap of Parley.bundled() with the
# Office of the Historian's trips and visits (about 7,800 records, examples/HistoryAtState) laid
# over it. Runs HistoryAtStateProbe RUNS times, each in a cold JVM (cold times of each step, the
# medians of WARM more rounds in the same JVM, then the heap after GC at each step), once more
# with the heap before Parley.bundled() and the class histogram of the combined heap, and then
# the example program itself RUNS times as a whole process (wall time and peak RSS from
# /usr/bin/time).
#
# Needs the library's jar and the examples' classes (with their resources, the XML); build first:
#   ./mvnw -q -P tour verify       (or ./mvnw verify)
# The probe uses only the library and the JDK, so it is compiled here with javac; JMH is not
# needed. JVM defaults (G1).
# Usage: benchmarks/historyatstate.sh [RUNS] [WARM]   (raw output: stdout; keep it under benchmarks/results/)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
WARM=${2:-5}
JAVA=${JAVA:-java}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

./mvnw -B -q -o dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$TMP/cp.txt" > /dev/null
JAR=$(ls target/parley-*.jar | grep -v -e sources -e javadoc | head -1)
LIB="$JAR:$(cat "$TMP/cp.txt")"
EXAMPLES=target/it/examples/target/classes
[ -f "$EXAMPLES/historyatstate/files.tsv" ] || { echo "no $EXAMPLES: build first (./mvnw -q -P tour verify)" >&2; exit 1; }
mkdir -p "$TMP/probe"
javac --release 17 -nowarn -d "$TMP/probe" -cp "$LIB" benchmarks/src/main/java/io/parley/benchmarks/HistoryAtStateProbe.java

echo "# $(date -u +%FT%TZ) on $(hostname): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $("$JAVA" -version 2>&1 | tr '\n' ' ')"
echo "# library commit $(git rev-parse --short HEAD), parley jar sha256 $(sha256sum "$JAR" | cut -c1-16)"
echo "# command: benchmarks/historyatstate.sh $RUNS $WARM"
for i in $(seq 1 "$RUNS"); do
  echo "## probe, cold JVM $i of $RUNS"
  /usr/bin/time -f "process: wall %e s, peak RSS %M KiB" "$JAVA" -cp "$TMP/probe:$EXAMPLES:$LIB" \
    io.parley.benchmarks.HistoryAtStateProbe "$WARM" 2>&1
done
echo "## probe with the heap before Parley.bundled() and the class histogram of the combined heap (with its tables and indexes)"
"$JAVA" -cp "$TMP/probe:$EXAMPLES:$LIB" io.parley.benchmarks.HistoryAtStateProbe 0 --from-start --histogram 2>&1
echo "## the example program, whole process (prints its tables to /dev/null)"
for i in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "HistoryAtState: wall %e s, peak RSS %M KiB" "$JAVA" -cp "$EXAMPLES:$LIB" \
    io.parley.examples.HistoryAtState 2>&1 > /dev/null
done
