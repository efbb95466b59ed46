#!/usr/bin/env bash
# Corpus at scale (BENCHMARKS.md, "Corpus at scale: session, candidate index, search"): writes the
# 10,000-article synthetic corpus of org.stemma.bench.SyntheticCorpus (seed 1, about 57 MB) to
# target/corpus-bench/articles, builds a project from it with `stemma import` (timed), then, on a fresh
# copy of that project each run:
#  1. launch to a usable window: the real window (`--smoke-test PROJECT`, under Xvfb on display :85
#     unless DISPLAY is set) from launch to the corpus table listed and to the first comparison shown;
#     one untimed warm-up launch, then RUNS timed ones (default 3), all re-opening one copy;
#  2. org.stemma.session.CorpusBenchmark in a fresh JVM: re-opening the corpus session, memory, find
#     copies, a claim's counterparts, search, and importing 100 more articles into the open project.
# Every JVM runs with -Xmx1g; wall and CPU time (user+sys) and peak resident memory come from /usr/bin/time.
# Usage: bench/corpus.sh [--keep] [RUNS]   (--keep reuses the project built by an earlier run)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=
[[ ${1:-} == --keep ]] && { keep=1; shift; }
runs=${1:-3}
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
dir=target/corpus-bench
project=$dir/corpus-10k.stemma
if [[ -z $keep || ! -f $project ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    java -cp "$cp" org.stemma.bench.SyntheticCorpus "$dir/articles" 10000 1
    java -cp "$cp" org.stemma.bench.SyntheticCorpus "$dir/more" 100 2
    java -cp "$cp" org.stemma.Launcher new --project "$project" "$dir/articles/00000.txt" >/dev/null
    /usr/bin/time -f "%e %U %S %M" -o "$dir/import.time" \
        java -Xmx1g -cp "$cp" org.stemma.Launcher import --project "$project" "$dir/articles" | tail -1
    read -r w u s m < "$dir/import.time"
    echo "building the project: import of 10,000 articles: $w s wall, $(echo "$u + $s" | bc) s CPU, $((m / 1024)) MB peak RSS"
fi
# Every run starts from the project as built (the benchmark imports into it; the window migrates it).
fresh() {
    rm -f "$dir/run.stemma" "$dir/run.stemma-wal" "$dir/.run.stemma.lock"
    cp "$project" "$dir/run.stemma"
}
fresh
# Opened once first so that a migration of an older file is not timed (and is reported here).
/usr/bin/time -f "%e %U %S %M" -o "$dir/open.time" java -Xmx1g -cp "$cp" org.stemma.Launcher search --project "$dir/run.stemma" minister --json >/dev/null
read -r w u s m < "$dir/open.time"
echo "first opening of the copy (migration, if any): $w s wall, $(echo "$u + $s" | bc) s CPU"
[[ ! -s $dir/run.stemma-wal ]] || { echo "corpus.sh: the project was not closed cleanly" >&2; exit 1; }
cp "$dir/run.stemma" "$project"
echo "project: $(du -m "$project" | cut -f1) MB; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before"

xvfb=
if [[ -z ${DISPLAY:-} ]]; then
    Xvfb :85 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null || true' EXIT
    export DISPLAY=:85
    sleep 1
fi
home=$dir/home
# One launch: prints "shown_ms compared_ms wall cpu rss_mb". Every launch re-opens the same copy, as an
# analyst re-opens her project (what an earlier launch stored, e.g. families, is there).
launch() {
    rm -rf "$home" && mkdir -p "$home"
    local start shown= compared= line
    start=$(date +%s%N)
    while IFS= read -r line; do
        case $line in
            *"window shown"*) shown=$((($(date +%s%N) - start) / 1000000)) ;;
            *"comparison shown"*) compared=$((($(date +%s%N) - start) / 1000000)) ;;
        esac
    done < <(/usr/bin/time -f "%e %U %S %M" -o "$dir/launch.time" java -Xmx1g -Dstemma.home="$home" \
        -Dstemma.smokeTimeout=300 -cp "$cp" org.stemma.Launcher --smoke-test "$dir/run.stemma" 2>&1)
    [[ -n $shown && -n $compared ]] || { echo "corpus.sh: the window did not show the project and a comparison" >&2; return 1; }
    read -r w u s m < "$dir/launch.time"
    echo "$shown $compared $w $(echo "$u + $s" | bc) $((m / 1024))"
}
fresh
launch >/dev/null
echo
echo "| launch of the window with the 10,000-article project | target | table shown | comparison shown | JVM wall | JVM CPU | peak RSS |"
echo "|---|---|---:|---:|---:|---:|---:|"
for ((i = 1; i <= runs; i++)); do
    read -r shown compared w c m < <(launch) || true
    [[ -n ${m:-} ]] || { echo "corpus.sh: launch $i failed" >&2; exit 1; }
    echo "| run $i | usable < 3 s, < 1 GB | $shown ms | $compared ms | $w s | $c s | $m MB |"
done
echo
fresh
/usr/bin/time -f "%e %U %S %M" -o "$dir/measure.time" \
    java -Xmx1g -cp "$cp" org.stemma.session.CorpusBenchmark "$dir/run.stemma" "$dir/more"
read -r w u s m < "$dir/measure.time"
echo
echo "measuring JVM: $w s wall, $(echo "$u + $s" | bc) s CPU, $((m / 1024)) MB peak RSS; load average $(cut -d' ' -f1-3 /proc/loadavg) after"
