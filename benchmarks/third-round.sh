#!/usr/bin/env bash
# The third round (issue #16): every figure of BENCHMARKS.md's third-round table, the library
# before the round (BEFORE_JAR, a parley jar built at the round's base) and after it (the installed
# library in benchmarks/target/lib) measured in the same run, alternating, so that each ratio comes
# from one run on one machine load. Raw output under benchmarks/results/third-round/.
#   BEFORE_JAR=path/to/parley-base.jar benchmarks/third-round.sh [steps]
# Steps: names cold heap heap-unique load write big (default: all). Build first (see BENCHMARKS.md); the
# datasets are benchmarks/target/data/1e5 and 1e6 (Generate).
set -euo pipefail
cd "$(dirname "$0")/.."
R=benchmarks/results/third-round
mkdir -p "$R"
JAR=benchmarks/target/run.jar
cp benchmarks/target/benchmarks.jar "$JAR"
BEFORE_JAR=${BEFORE_JAR:?give the parley jar of the base of the round}
STEPS=${*:-names cold heap heap-unique load write big}
NAMES='QueryBenchmark\.parley_(name(Latin|Cyrillic|Kanji|Hangul)(First)?|name(Word|Prefix|KanjiPrefix)|person(Name|Surname))$'

stamp() {
  echo "# $(date -u +%FT%TZ) on $(hostname): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"\
    "$(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# $(java -version 2>&1 | tr '\n' ' ')"
  echo "# library commit $(git rev-parse --short HEAD), parley jar sha256 $(sha256sum benchmarks/target/lib/parley-*.jar | cut -c1-16);"\
    "before: $BEFORE_JAR sha256 $(sha256sum "$BEFORE_JAR" | cut -c1-16)"
  echo "# command: $*"
}
# The class path of a side: the before jar ahead of the benchmarks jar (its classes win), or the jar alone.
cp_of() { if [ "$1" = before ]; then echo "$BEFORE_JAR:$JAR"; else echo "$JAR"; fi; }

for step in $STEPS; do
  case $step in
    names)
      # Name lookups, JMH, one fork per side and dataset, alternating sides.
      { stamp "JMH name lookups, bundled and 1e5, before and after alternating, -f 1 -wi 3 -i 8 -w 500ms -r 500ms"
        for round in 1 2; do
          for side in before after; do
            echo "## $side, round $round; $(uptime)"
            java -cp "$(cp_of $side)" org.openjdk.jmh.Main "$NAMES" \
              -p data=bundled,1e5 -f 1 -wi 3 -i 8 -w 500ms -r 500ms -jvmArgsAppend -Xmx6g \
              -rf csv -rff "$R/names-$side-$round.csv" | grep -E "^(Benchmark|QueryBenchmark)"
          done
        done; } > "$R/names.txt" 2>&1 ;;
    cold)
      { stamp "BEFORE_JAR=$BEFORE_JAR benchmarks/cold-start.sh 31"
        BEFORE_JAR="$(realpath "$BEFORE_JAR")" benchmarks/cold-start.sh 31; } > "$R/cold-start.txt" 2>&1 ;;
    load)
      # 10^6: three loads in one JVM per side (the first cold), sides alternating, three rounds; wall
      # and CPU time of each load, and the load average when it began (LoadOnce).
      { stamp "LoadOnce 1e6 3, -Xmx16g, before and after alternating, 3 rounds"
        for round in 1 2 3; do
          for side in before after; do
            echo "## $side, round $round; $(uptime)"
            java -Xmx16g -cp "$(cp_of $side)" io.parley.benchmarks.LoadOnce benchmarks/target/data/1e6 3
          done
        done; } > "$R/load-1e6.txt" 2>&1 ;;
    heap)
      { stamp "HeapProbe 1e6 --histogram, -Xmx16g, before then after"
        for side in before after; do
          echo "## $side; $(uptime)"
          java -Xmx16g -cp "$(cp_of $side)" io.parley.benchmarks.HeapProbe 1e6 --histogram
        done; } > "$R/heap-1e6.txt" 2>&1 ;;
    write)
      # The streaming writer at 10^6 (the writer before it held every file's tree at once, some
      # 10 GB of heap here, which this machine cannot spare beside another worker's builds; the
      # two writers side by side at 10^5 are in write-1e5.txt).
      { stamp "WriteProbe 1e6, -Xmx16g, after"
        echo "## after; $(uptime)"
        /usr/bin/time -f "peak RSS %M KiB, %e s" java -Xmx16g -cp "$(cp_of after)" io.parley.benchmarks.WriteProbe 1e6 benchmarks/target/write-1e6-after
        cmp -s benchmarks/target/write-1e6-after/meetings.json benchmarks/target/data/1e6/meetings.json \
          && cmp -s benchmarks/target/write-1e6-after/positions.json benchmarks/target/data/1e6/positions.json \
          && echo "# the same bytes as the 10^6 dataset generated before (meetings.json, positions.json)"
        rm -rf benchmarks/target/write-1e6-after; } > "$R/write-1e6.txt" 2>&1 ;;
    heap-unique)
      # The same at 10^5 with every summary, quote, excerpt and outcome distinct (hand-written texts).
      { stamp "HeapProbe 1e5-unique (Generate -Dsynthetic.uniqueTexts=true), -Xmx8g, before then after"
        [ -f benchmarks/target/data/1e5-unique/meetings.json ] || java -Xmx6g -Dsynthetic.uniqueTexts=true -cp "$JAR" io.parley.benchmarks.Generate 1e5 benchmarks/target/data/1e5-unique --no-verify
        for side in before after; do
          echo "## $side; $(uptime)"
          java -Xmx8g -cp "$(cp_of $side)" io.parley.benchmarks.HeapProbe 1e5-unique --histogram
        done; } > "$R/heap-1e5-unique.txt" 2>&1 ;;
    big)
      # A file over 2 GiB: 1.5 million meetings (meetings.json about 2.3 GB), loaded by each side.
      { stamp "Generate 1.5e6 --no-verify, then HeapProbe-free load of it by each side (Load)"
        [ -f benchmarks/target/data/1.5e6/meetings.json ] || java -Xmx12g -cp "$JAR" io.parley.benchmarks.Generate 1.5e6 benchmarks/target/data/1.5e6 --no-verify
        ls -l benchmarks/target/data/1.5e6/
        for side in before after; do
          echo "## $side; $(uptime)"
          /usr/bin/time -f "peak RSS %M KiB, %e s" java -Xmx16g -cp "$(cp_of $side)" io.parley.benchmarks.LoadOnce benchmarks/target/data/1.5e6 1 || true
        done; } > "$R/big-file.txt" 2>&1 ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
  echo "$(date -u +%T) done: $step"
done
