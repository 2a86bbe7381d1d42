#!/usr/bin/env bash
# Cold start, whole process: a bare JVM that prints one line (Hello) against a program that calls
# Parley.bundled() and prints the Japan-Russia 2+2 rounds (TwoPlusTwo), run alternately, RUNS times
# each (default 21). Reports the median wall time of each, their ratio, and the median and largest
# peak RSS. Then the in-process phases (StartupPhases, RUNS times, medians) and the classes each
# phase loads (-Xlog:class+load).
#
# Both programs run from the benchmarks jar on the library's own run-time class path (Parley, Guava, jackson-core; no
# JMH, no DuckDB) with the JVM's defaults. Build first:
#   ./mvnw -q install -DskipTests -Dinvoker.skip && ./mvnw -q -f benchmarks/pom.xml package
# Usage: benchmarks/cold-start.sh [RUNS]    (raw output: stdout; keep it under benchmarks/results/)
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${1:-21}
JAVA=${JAVA:-java}
CP="target/parley-benchmarks-0.1.0-SNAPSHOT.jar:$(cat target/parley-classpath.txt)"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
maximum() { sort -n | tail -1; }

# One run: wall time in microseconds to $TMP/$1.wall, peak RSS in KiB to $TMP/$1.rss.
run() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$TMP/rss" "$JAVA" -cp "$CP" "$@" > "$TMP/out"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 )) >> "$TMP/$name.wall"
  cat "$TMP/rss" >> "$TMP/$name.rss"
}

echo "# cold start, $RUNS runs each, alternating; $("$JAVA" -version 2>&1 | head -1)"
echo "# class path: $CP"
for i in $(seq 1 "$RUNS"); do
  run bare io.parley.benchmarks.coldstart.Hello
  run parley io.parley.benchmarks.coldstart.TwoPlusTwo
done
echo "# TwoPlusTwo prints:"
cat "$TMP/out"
echo "# raw wall times (us), bare:   $(tr '\n' ' ' < "$TMP/bare.wall")"
echo "# raw wall times (us), parley: $(tr '\n' ' ' < "$TMP/parley.wall")"
echo "# raw peak RSS (KiB), bare:    $(tr '\n' ' ' < "$TMP/bare.rss")"
echo "# raw peak RSS (KiB), parley:  $(tr '\n' ' ' < "$TMP/parley.rss")"
bare=$(median < "$TMP/bare.wall")
parley=$(median < "$TMP/parley.wall")
echo "median wall: bare JVM $(awk -v x="$bare" 'BEGIN {printf "%.1f", x / 1000}') ms," \
  "Parley 2+2 $(awk -v x="$parley" 'BEGIN {printf "%.1f", x / 1000}') ms," \
  "ratio $(awk -v a="$parley" -v b="$bare" 'BEGIN {printf "%.2f", a / b}')x (target <= 1.3x)"
echo "peak RSS: bare JVM median $(median < "$TMP/bare.rss") KiB (max $(maximum < "$TMP/bare.rss"))," \
  "Parley 2+2 median $(median < "$TMP/parley.rss") KiB (max $(maximum < "$TMP/parley.rss"))"

echo
echo "# in process (StartupPhases), $RUNS runs, microseconds, median of each column:"
echo "# first run on a cold JVM:      bundled() | meetings() | between(JP,RU) | format(2+2) | list() | total"
echo "# again, fresh instance, classes loaded: open | meetings() | between | format | list | total"
for i in $(seq 1 "$RUNS"); do
  "$JAVA" -cp "$CP" io.parley.benchmarks.coldstart.StartupPhases | grep '^phases-us' >> "$TMP/phases"
done
cat "$TMP/phases" | sed 's/^/# /'
for col in 2 3 4 5 6 7 10 11 12 13 14 15; do
  printf '%s ' "$(awk -v c=$col '{print $c}' "$TMP/phases" | median)"
done | awk '{printf "cold:  bundled %s, meetings %s, between %s, format %s, list %s, total %s us\nagain: open %s, meetings %s, between %s, format %s, list %s, total %s us\n", $1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12}'

echo
echo "# classes loaded per phase (-Xlog:class+load), by origin"
"$JAVA" -Xlog:class+load:file="$TMP/classes.log" -cp "$CP" io.parley.benchmarks.coldstart.StartupPhases > /dev/null
awk '
  /StartupPhases\$Mark1Bundled / {phase="1 bundled()"}
  /StartupPhases\$Mark2Meetings / {phase="2 meetings()"}
  /StartupPhases\$Mark3Between / {phase="3 between()"}
  /StartupPhases\$Mark4Format / {phase="4 format()"}
  /StartupPhases\$Mark5List / {phase="5 list()"}
  /StartupPhases\$Mark6Print / {phase="6 print+again"}
  / source: / || /\] [a-zA-Z]/ {
    if (phase == "") p = "0 JVM start to main"; else p = phase
    cls = $0; sub(/^.*\] /, "", cls); sub(/ .*/, "", cls)
    if (cls ~ /^io\.parley\./) o = "io.parley"; else if (cls ~ /^com\.google\./) o = "guava"; \
    else if (cls ~ /^com\.fasterxml\./) o = "jackson"; else if (cls ~ /Lambda|LambdaForm|\$\$/) o = "lambda/indy"; else o = "jdk"
    n[p " " o]++; t[p]++
  }
  END { for (k in n) print k, n[k]; for (k in t) print k, "ALL", t[k] }' "$TMP/classes.log" | sort
echo "# the classes each phase loads, other than the JDK's (io.parley, Guava, Jackson, lambda forms):"
awk '
  /StartupPhases\$Mark1Bundled / {phase="1"} /StartupPhases\$Mark2Meetings / {phase="2"}
  /StartupPhases\$Mark3Between / {phase="3"} /StartupPhases\$Mark4Format / {phase="4"}
  /StartupPhases\$Mark5List / {phase="5"} /StartupPhases\$Mark6Print / {phase="6"}
  { cls = $0; sub(/^.*\] /, "", cls); sub(/ .*/, "", cls)
    if (phase != "" && phase != "6" && cls !~ /^(java|javax|jdk|sun)\./ && cls !~ /StartupPhases/) print "#   phase " phase ": " cls
    else if (phase != "" && phase != "6" && cls ~ /Lambda|\$\$/) print "#   phase " phase ": " cls }' "$TMP/classes.log"
echo "# total classes loaded by StartupPhases: $(grep -c . "$TMP/classes.log"); by Hello:"
"$JAVA" -Xlog:class+load -cp "$CP" io.parley.benchmarks.coldstart.Hello | grep -c 'class,load'
echo "# JVM start-up phases of the bare JVM (-Xlog:startuptime):"
"$JAVA" -Xlog:startuptime -cp "$CP" io.parley.benchmarks.coldstart.Hello | grep -v '^hello' || true

echo
echo "# what dominates: TwoPlusTwo, median of $RUNS runs each, with one JVM option changed"
"$JAVA" -XX:ArchiveClassesAtExit="$TMP/app.jsa" -cp "$CP" io.parley.benchmarks.coldstart.TwoPlusTwo > /dev/null
variant() {
  local label=$1; shift
  rm -f "$TMP/v.wall"
  for i in $(seq 1 "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$JAVA" "$@" -cp "$CP" io.parley.benchmarks.coldstart.TwoPlusTwo > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 )) >> "$TMP/v.wall"
  done
  echo "$label: $(awk -v x="$(median < "$TMP/v.wall")" 'BEGIN {printf "%.1f", x / 1000}') ms"
}
variant "defaults                                   " -Xshare:auto
variant "no bytecode verification of the class path " -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote
variant "AppCDS archive of the program's classes    " -XX:SharedArchiveFile="$TMP/app.jsa"
variant "C1 only (-XX:TieredStopAtLevel=1)          " -XX:TieredStopAtLevel=1
variant "serial GC                                  " -XX:+UseSerialGC
