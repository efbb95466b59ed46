#!/usr/bin/env bash
# Corpus at scale (BENCHMARKS.md, "Corpus at scale: session, candidate index, search"): writes the
# 10,000-article synthetic corpus of org.stemma.bench.SyntheticCorpus (seed 1, about 57 MB) to
# target/corpus-bench/articles, builds a project from it with `stemma import` (timed), finds its families
# once with `stemma families --project` on a second copy (timed: the catch-up a window does once), then:
#  1. launch to a usable window: the real window (`--smoke-test PROJECT`, under Xvfb on display :85
#     unless DISPLAY is set) from launch to the corpus table listed and to the first comparison shown,
#     on a project opened before (families stored) and on one whose families were never computed; each
#     launch on a fresh copy; one untimed warm-up launch, then RUNS timed ones (default 3) of each, both
#     as installed (the app and its libraries as jars, with the class-sharing archive the installer
#     makes: a class list from a smoke test on the sample corpus, dumped as jpackage/linux/postinst does)
#     and from the build's class folders without it (as `mvn javafx:run` starts it);
#  2. one launch on the never-computed copy that also waits for the window to catch its families up
#     (`-Dstemma.smokeFamilies=true`): the window's peak resident memory with that work done;
#  3. org.stemma.session.CorpusBenchmark in a fresh JVM: re-opening the corpus session, memory, find
#     copies, a claim's counterparts, search, and importing 100 more articles into the open project.
# The window and the measuring JVMs run with the installed launcher's options (jpackage/java-options);
# wall and CPU time (user+sys) and peak resident memory come from /usr/bin/time.
# Usage: bench/corpus.sh [--keep] [RUNS]   (--keep reuses the projects built by an earlier run)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=
[[ ${1:-} == --keep ]] && { keep=1; shift; }
runs=${1:-3}
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mvn -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/cp-runtime.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
mapfile -t jvm < <(grep -v '^[[:space:]]*#' jpackage/java-options | grep .)
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
    cp "${1:-$project}" "$dir/run.stemma"
}
fresh
# Opened once first so that a migration of an older file is not timed (and is reported here).
/usr/bin/time -f "%e %U %S %M" -o "$dir/open.time" java "${jvm[@]}" -cp "$cp" org.stemma.Launcher search --project "$dir/run.stemma" minister --json >/dev/null
read -r w u s m < "$dir/open.time"
echo "first opening of the copy (migration, if any): $w s wall, $(echo "$u + $s" | bc) s CPU"
[[ ! -s $dir/run.stemma-wal ]] || { echo "corpus.sh: the project was not closed cleanly" >&2; exit 1; }
cmp -s "$dir/run.stemma" "$project" || cp "$dir/run.stemma" "$project"
# The same project opened before: its families found once and stored, as the window leaves it.
stored=$dir/families.stemma
if [[ ! -f $stored || $stored -ot $project ]]; then
    fresh
    /usr/bin/time -f "%e %U %S %M" -o "$dir/families.time" java "${jvm[@]}" -cp "$cp" org.stemma.Launcher families --project "$dir/run.stemma" >/dev/null
    read -r w u s m < "$dir/families.time"
    echo "families of the 10,000 found once (stemma families --project): $w s wall, $(echo "$u + $s" | bc) s CPU, $((m / 1024)) MB peak RSS"
    mv "$dir/run.stemma" "$stored"
fi
echo "project: $(du -mL "$project" | cut -f1) MB; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before; JVM options: ${jvm[*]}"

xvfb=
if [[ -z ${DISPLAY:-} ]]; then
    Xvfb :85 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null || true' EXIT
    export DISPLAY=:85
    sleep 1
fi
home=$dir/home
# The installed launcher's class sharing, made as the installer makes it (BuildInstaller.java's training
# run, then postinst's dump): the archive needs jars, so the app's classes go into one.
cds=$dir/cds
rm -rf "$cds" && mkdir -p "$cds/home"
jar --create --file "$cds/stemma.jar" -C target/classes .
installed="$cds/stemma.jar:$(cat target/cp-runtime.txt)"
java "${jvm[@]}" -XX:DumpLoadedClassList="$cds/stemma.classlist" -Dstemma.home="$cds/home" -cp "$installed" \
    org.stemma.Launcher --smoke-test >/dev/null
java -Xshare:dump -XX:SharedClassListFile="$cds/stemma.classlist" -XX:SharedArchiveFile="$cds/stemma.jsa" \
    -cp "$installed" >"$cds/dump.log" 2>&1 || { echo "corpus.sh: the class-sharing archive could not be made ($cds/dump.log)" >&2; exit 1; }
echo "class-sharing archive: $(wc -l < "$cds/stemma.classlist") classes listed by the training run, $(du -m "$cds/stemma.jsa" | cut -f1) MB"
# How the window is started: "installed" (jars and the archive) or "build" (class folders, no archive).
how=installed
# One launch on a fresh copy of $1 (extra JVM options after it): prints "shown_ms compared_ms wall cpu rss_mb".
launch() {
    local from=$1 start shown= compared= line
    shift
    local start_with=(-cp "target/classes:$(cat target/cp-runtime.txt)")
    [[ $how == installed ]] && start_with=(-XX:SharedArchiveFile="$cds/stemma.jsa" -cp "$installed")
    fresh "$from"
    rm -rf "$home" && mkdir -p "$home"
    start=$(date +%s%N)
    while IFS= read -r line; do
        case $line in
            *"window shown"*) shown=$((($(date +%s%N) - start) / 1000000)) ;;
            *"comparison shown"*) compared=$((($(date +%s%N) - start) / 1000000)) ;;
            *"families caught up"*) echo "$line (after $((($(date +%s%N) - start) / 1000000)) ms)" >&2 ;;
        esac
    done < <(/usr/bin/time -f "%e %U %S %M" -o "$dir/launch.time" java "${jvm[@]}" -Dstemma.home="$home" \
        -Dstemma.smokeTimeout=900 "$@" "${start_with[@]}" org.stemma.Launcher --smoke-test "$dir/run.stemma" 2>&1)
    [[ -n $shown && -n $compared ]] || { echo "corpus.sh: the window did not show the project and a comparison" >&2; return 1; }
    read -r w u s m < "$dir/launch.time"
    echo "$shown $compared $w $(echo "$u + $s" | bc) $((m / 1024))"
}
launch "$stored" >/dev/null
echo
echo "| launch of the window with the 10,000-article project | started | target | table shown | comparison shown | JVM wall | JVM CPU | peak RSS |"
echo "|---|---|---|---:|---:|---:|---:|---:|"
for how in installed build; do
    for variant in "opened before (families stored):$stored" "families never computed:$project"; do
        for ((i = 1; i <= runs; i++)); do
            read -r shown compared w c m < <(launch "${variant#*:}") || true
            [[ -n ${m:-} ]] || { echo "corpus.sh: launch $i failed" >&2; exit 1; }
            echo "| ${variant%%:*}, run $i | $how | usable < 3 s, < 1 GB | $shown ms | $compared ms | $w s | $c s | $m MB |"
        done
    done
done
how=installed
read -r shown compared w c m < <(launch "$project" -Dstemma.smokeFamilies=true) || true
[[ -n ${m:-} ]] || { echo "corpus.sh: the launch catching up families failed" >&2; exit 1; }
echo "| families never computed, the window left to catch them up (one thread) | $how | < 1 GB | $shown ms | $compared ms | $w s | $c s | $m MB |"
echo
fresh
/usr/bin/time -f "%e %U %S %M" -o "$dir/measure.time" \
    java "${jvm[@]}" -cp "$cp" org.stemma.session.CorpusBenchmark "$dir/run.stemma" "$dir/more"
read -r w u s m < "$dir/measure.time"
echo
echo "measuring JVM: $w s wall, $(echo "$u + $s" | bc) s CPU, $((m / 1024)) MB peak RSS; load average $(cut -d' ' -f1-3 /proc/loadavg) after"
