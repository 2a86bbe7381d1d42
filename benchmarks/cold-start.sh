#!/usr/bin/env bash
# Cold start, whole process: a bare JVM that prints one line (Hello) against a program that calls
# Parley.bundled() and prints the Japan-Russia 2+2 rounds (TwoPlusTwo), run alternately, RUNS times
# each (default 21). Reports the median wall time of each, their ratio, and the median and largest
# peak RSS. Then the in-process phases (StartupPhases, RUNS times, medians) and the classes each
# phase loads (-Xlog:class+load).
#
# With BEFORE_JAR=path/to/parley.jar, the same program also runs on that library jar, in the same
# alternation (bare, before, after), so that the two libraries' ratios come from one run on one
# machine load; the phases and class counts are then given for both. CPU time (user + system, from
# perf stat's task-clock) is given beside wall time: it is less sensitive to a busy machine.
#
# Both programs run from the benchmarks jar on the library's own run-time class path (Parley, Guava, jackson-core; no
# JMH, no DuckDB) with the JVM's defaults. Build first:
#   ./mvnw -q install -DskipTests -Dinvoker.skip && ./mvnw -q -f benchmarks/pom.xml package
# Usage: [BEFORE_JAR=...] [JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java] benchmarks/cold-start.sh [RUNS]
# (raw output: stdout; keep it under benchmarks/results/)
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${1:-21}
JAVA=${JAVA:-java}
CP="target/parley-benchmarks-0.1.0-SNAPSHOT.jar:$(cat target/parley-classpath.txt)"
BEFORE_JAR=${BEFORE_JAR:-}
if [ -n "$BEFORE_JAR" ]; then
  CP_BEFORE="target/parley-benchmarks-0.1.0-SNAPSHOT.jar:$(sed "s#target/lib/parley-[^:]*\.jar#$BEFORE_JAR#" target/parley-classpath.txt)"
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
maximum() { sort -n | tail -1; }
# The 25th and 75th percentiles, as "p25-p75".
quartiles() { sort -n | awk '{a[NR]=$1} END {printf "%s-%s", a[int((NR+3)/4)], a[int((3*NR+3)/4)]}'; }
ms() { awk -v x="$1" 'BEGIN {printf "%.1f", x / 1000}'; }

# One run: wall time in microseconds to $TMP/$1.wall, CPU time (task-clock) in microseconds to
# $TMP/$1.cpu, peak RSS in KiB to $TMP/$1.rss. The class path is $RUN_CP.
run() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$TMP/rss" perf stat -x, -e task-clock -o "$TMP/perf" "$JAVA" -cp "$RUN_CP" "$@" > "$TMP/out"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 )) >> "$TMP/$name.wall"
  awk -F, '/task-clock/ {printf "%d\n", $1 * 1000}' "$TMP/perf" >> "$TMP/$name.cpu"
  cat "$TMP/rss" >> "$TMP/$name.rss"
  cp "$TMP/out" "$TMP/$name.out"
}

echo "# cold start, $RUNS runs each, alternating; $("$JAVA" -version 2>&1 | head -1); $(uptime)"
echo "# class path: $CP"
[ -n "$BEFORE_JAR" ] && echo "# before: the same with $BEFORE_JAR (sha256 $(sha256sum "$BEFORE_JAR" | cut -c1-16))"
PROGRAMS="bare parley"
[ -n "$BEFORE_JAR" ] && PROGRAMS="bare before parley"
for i in $(seq 1 "$RUNS"); do
  RUN_CP=$CP run bare io.parley.benchmarks.coldstart.Hello
  if [ -n "$BEFORE_JAR" ]; then
    RUN_CP=$CP_BEFORE run before io.parley.benchmarks.coldstart.TwoPlusTwo
  fi
  RUN_CP=$CP run parley io.parley.benchmarks.coldstart.TwoPlusTwo
done
echo "# TwoPlusTwo prints:"
cat "$TMP/parley.out"
if [ -n "$BEFORE_JAR" ] && ! cmp -s "$TMP/parley.out" "$TMP/before.out"; then
  echo "# the before jar prints otherwise:"; cat "$TMP/before.out"
fi
for p in $PROGRAMS; do
  echo "# raw wall times (us), $p: $(tr '\n' ' ' < "$TMP/$p.wall")"
  echo "# raw CPU times (us), $p: $(tr '\n' ' ' < "$TMP/$p.cpu")"
  echo "# raw peak RSS (KiB), $p: $(tr '\n' ' ' < "$TMP/$p.rss")"
done
bare=$(median < "$TMP/bare.wall")
barecpu=$(median < "$TMP/bare.cpu")
for p in $PROGRAMS; do
  w=$(median < "$TMP/$p.wall"); c=$(median < "$TMP/$p.cpu")
  printf '%-7s median wall %s ms (quartiles %s us), ratio %s, over bare %s ms; median CPU %s ms (quartiles %s us), over bare %s ms; peak RSS median %s KiB (max %s)\n' \
    "$p" "$(ms "$w")" "$(quartiles < "$TMP/$p.wall")" "$(awk -v a="$w" -v b="$bare" 'BEGIN {printf "%.2fx", a / b}')" \
    "$(ms $((w - bare)))" "$(ms "$c")" "$(quartiles < "$TMP/$p.cpu")" "$(ms $((c - barecpu)))" \
    "$(median < "$TMP/$p.rss")" "$(maximum < "$TMP/$p.rss")"
done
echo "(targets: parley within 18 ms of bare; goal ratio <= 1.3x)"

# In process, for one library: StartupPhases RUNS times (medians), then the classes per phase.
phases() {
  local label=$1 cp=$2
  echo
  echo "# [$label] in process (StartupPhases), $RUNS runs, microseconds, median of each column:"
  echo "# first run on a cold JVM:      bundled() | meetings() | between(JP,RU) | format(2+2) | list() | total"
  echo "# again, fresh instance, classes loaded: open | meetings() | between | format | list | total"
  rm -f "$TMP/phases"
  for i in $(seq 1 "$RUNS"); do
    "$JAVA" -cp "$cp" io.parley.benchmarks.coldstart.StartupPhases | grep '^phases-us' >> "$TMP/phases"
  done
  sed 's/^/# /' "$TMP/phases"
  for col in 2 3 4 5 6 7 10 11 12 13 14 15; do
    printf '%s ' "$(awk -v c=$col '{print $c}' "$TMP/phases" | median)"
  done | awk -v l="$label" '{printf "[%s] cold:  bundled %s, meetings %s, between %s, format %s, list %s, total %s us\n[%s] again: open %s, meetings %s, between %s, format %s, list %s, total %s us\n", l,$1,$2,$3,$4,$5,$6,l,$7,$8,$9,$10,$11,$12}'

  echo
  echo "# [$label] classes loaded per phase (-Xlog:class+load), by origin"
  "$JAVA" -Xlog:class+load:file="$TMP/classes.log" -cp "$cp" io.parley.benchmarks.coldstart.StartupPhases > /dev/null
  awk -v l="$label" '
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
      shared = ($0 ~ /shared objects file/) ? "cds" : "loaded"
      n[p " " o]++; t[p]++; s[p " " shared]++
    }
    END { for (k in n) print "[" l "]", k, n[k]; for (k in t) print "[" l "]", k, "ALL", t[k]; for (k in s) print "[" l "]", k, s[k] }' "$TMP/classes.log" | sort
  echo "# [$label] the classes each phase loads, other than the JDK's (io.parley, Guava, Jackson, lambda forms):"
  awk '
    /StartupPhases\$Mark1Bundled / {phase="1"} /StartupPhases\$Mark2Meetings / {phase="2"}
    /StartupPhases\$Mark3Between / {phase="3"} /StartupPhases\$Mark4Format / {phase="4"}
    /StartupPhases\$Mark5List / {phase="5"} /StartupPhases\$Mark6Print / {phase="6"}
    { cls = $0; sub(/^.*\] /, "", cls); sub(/ .*/, "", cls)
      if (phase != "" && phase != "6" && cls !~ /^(java|javax|jdk|sun)\./ && cls !~ /StartupPhases/) print "#   phase " phase ": " cls
      else if (phase != "" && phase != "6" && cls ~ /Lambda|\$\$/) print "#   phase " phase ": " cls }' "$TMP/classes.log"
  echo "# [$label] the JDK classes phases 1-5 load that the default CDS archive does not hold:"
  awk '
    /StartupPhases\$Mark1Bundled / {phase="1"} /StartupPhases\$Mark6Print / {phase="6"}
    { cls = $0; sub(/^.*\] /, "", cls); sub(/ .*/, "", cls)
      if (phase == "1" && cls ~ /^(java|javax|jdk|sun)\./ && $0 !~ /shared objects file/) print "#   " cls }' "$TMP/classes.log"
  echo "# [$label] total classes loaded by StartupPhases: $(grep -c . "$TMP/classes.log"); by TwoPlusTwo:" \
    "$("$JAVA" -Xlog:class+load -cp "$cp" io.parley.benchmarks.coldstart.TwoPlusTwo | grep -c 'class,load')"
}

[ -n "$BEFORE_JAR" ] && phases before "$CP_BEFORE"
phases after "$CP"
echo "# total classes loaded by Hello: $("$JAVA" -Xlog:class+load -cp "$CP" io.parley.benchmarks.coldstart.Hello | grep -c 'class,load')"
echo "# JVM start-up phases of the bare JVM (-Xlog:startuptime):"
"$JAVA" -Xlog:startuptime -cp "$CP" io.parley.benchmarks.coldstart.Hello | grep -v '^hello' || true

# What dominates, and what users who control JVM options gain: TwoPlusTwo (this library), median of
# RUNS runs each, one option changed, all variants alternating in each round.
echo
echo "# what dominates: TwoPlusTwo, median wall (and CPU) of $RUNS runs each, variants alternating; $(uptime)"
"$JAVA" -XX:ArchiveClassesAtExit="$TMP/app.jsa" -cp "$CP" io.parley.benchmarks.coldstart.TwoPlusTwo > /dev/null 2>&1
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
VARIANTS="bare defaults noverify appcds c1 serial lambda"
if [ -x "$JAVA25" ]; then
  # JDK 25: its own CDS default, an AppCDS archive made at exit, and the ahead-of-time cache (JEP 483/514:
  # classes loaded and linked, plus JEP 515's method profiles) made by one training run.
  "$JAVA25" -XX:ArchiveClassesAtExit="$TMP/app25.jsa" -cp "$CP" io.parley.benchmarks.coldstart.TwoPlusTwo > /dev/null 2>&1
  "$JAVA25" -XX:AOTCacheOutput="$TMP/app25.aot" -cp "$CP" io.parley.benchmarks.coldstart.TwoPlusTwo > /dev/null 2>&1
  "$JAVA25" -XX:AOTCacheOutput="$TMP/hello25.aot" -cp "$CP" io.parley.benchmarks.coldstart.Hello > /dev/null 2>&1
  VARIANTS="$VARIANTS jdk25 jdk25-appcds jdk25-aot jdk25-bare jdk25-bare-aot"
fi
variant_cmd() {
  case $1 in
    bare) echo "$JAVA -cp $CP io.parley.benchmarks.coldstart.Hello" ;;
    defaults) echo "$JAVA -Xshare:auto -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    noverify) echo "$JAVA -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    appcds) echo "$JAVA -XX:SharedArchiveFile=$TMP/app.jsa -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    c1) echo "$JAVA -XX:TieredStopAtLevel=1 -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    serial) echo "$JAVA -XX:+UseSerialGC -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    lambda) echo "$JAVA -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwoLambda" ;;
    jdk25) echo "$JAVA25 -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    jdk25-appcds) echo "$JAVA25 -XX:SharedArchiveFile=$TMP/app25.jsa -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    jdk25-aot) echo "$JAVA25 -XX:AOTCache=$TMP/app25.aot -cp $CP io.parley.benchmarks.coldstart.TwoPlusTwo" ;;
    jdk25-bare) echo "$JAVA25 -cp $CP io.parley.benchmarks.coldstart.Hello" ;;
    jdk25-bare-aot) echo "$JAVA25 -XX:AOTCache=$TMP/hello25.aot -cp $CP io.parley.benchmarks.coldstart.Hello" ;;
  esac
}
for i in $(seq 1 "$RUNS"); do
  for v in $VARIANTS; do
    start=$(date +%s%N)
    perf stat -x, -e task-clock -o "$TMP/perf" $(variant_cmd "$v") > "$TMP/v.out" 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 )) >> "$TMP/v-$v.wall"
    awk -F, '/task-clock/ {printf "%d\n", $1 * 1000}' "$TMP/perf" >> "$TMP/v-$v.cpu"
  done
done
for v in $VARIANTS; do
  echo "# raw wall (us), $v: $(tr '\n' ' ' < "$TMP/v-$v.wall")"
done
for v in $VARIANTS; do
  printf '%-15s %s ms wall (quartiles %s us), %s ms CPU   # %s\n' "$v" "$(ms "$(median < "$TMP/v-$v.wall")")" \
    "$(quartiles < "$TMP/v-$v.wall")" "$(ms "$(median < "$TMP/v-$v.cpu")")" "$(variant_cmd "$v" | sed "s#$TMP/##; s#-cp [^ ]* ##")"
done
echo "# archive sizes: $(ls -l "$TMP"/*.jsa "$TMP"/*.aot 2>/dev/null | awk '{printf "%s %d KiB; ", $NF, $5 / 1024}' | sed "s#$TMP/##g")"
echo "# $(uptime)"
