#!/usr/bin/env bash
# Names of the facts (BENCHMARKS.md, "Facts: names"): precision and recall on the held-out set, before and
# after decision 1120, and how many names of a synthetic corpus changed. "Before" is FactFinder as it was
# at commit ceb1aef^ (the commit before the method), compiled apart and put first on the class path.
# Usage: bench/names.sh [ARTICLES]   (synthetic articles, default 400)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
before=target/names-before-classes
rm -rf "$before" && mkdir -p "$before/src"
git show ceb1aef^:src/main/java/org/stemma/facts/FactFinder.java > "$before/src/FactFinder.java"
javac -nowarn -d "$before" -cp "$cp" "$before/src/FactFinder.java"
n=${1:-400}
/usr/bin/time -f "before: %e s wall, %U s user + %S s sys" \
    java -XX:ActiveProcessorCount=2 -cp "$before:$cp" org.stemma.facts.NamesBenchmark before "$n"
/usr/bin/time -f "after: %e s wall, %U s user + %S s sys" \
    java -XX:ActiveProcessorCount=2 -cp "$cp" org.stemma.facts.NamesBenchmark after "$n"
echo "synthetic names that differ: $(diff target/names-before.txt target/names-after.txt | grep -c '^[<>]' || true) lines of diff" \
    "($(wc -l < target/names-before.txt) before, $(wc -l < target/names-after.txt) after)"
