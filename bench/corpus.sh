#!/usr/bin/env bash
# Corpus at scale (BENCHMARKS.md, "Corpus at scale: session, candidate index, search"): writes the
# 10,000-article synthetic corpus of org.stemma.bench.SyntheticCorpus (seed 1, about 57 MB) to
# target/corpus-bench/articles, builds a project from it with `stemma import` (timed), then measures in a
# fresh JVM: re-opening the project's corpus session, resident memory, find copies, a claim's
# counterparts, search, and importing 100 more articles into the open project.
# Usage: bench/corpus.sh [--keep]   (--keep reuses the project built by an earlier run)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
dir=target/corpus-bench
project=$dir/corpus-10k.stemma
if [[ ${1:-} != --keep || ! -f $project ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    java -cp "$cp" org.stemma.bench.SyntheticCorpus "$dir/articles" 10000 1
    java -cp "$cp" org.stemma.bench.SyntheticCorpus "$dir/more" 100 2
    java -cp "$cp" org.stemma.Launcher new --project "$project" "$dir/articles/00000.txt" >/dev/null
    start=$(date +%s.%N)
    /usr/bin/time -f "%e s wall, %M KB peak RSS" -o "$dir/import.time" \
        java -Xmx1g -cp "$cp" org.stemma.Launcher import --project "$project" "$dir/articles" | tail -1
    echo "import of 10,000 articles: $(cat "$dir/import.time")"
fi
/usr/bin/time -f "%e s wall, %M KB peak RSS" -o "$dir/measure.time" \
    java -Xmx1g -cp "$cp" org.stemma.session.CorpusBenchmark "$project" "$dir/more"
echo "measuring JVM: $(cat "$dir/measure.time")"
