#!/usr/bin/env bash
# Names of the facts (BENCHMARKS.md, "Facts: names"): precision and recall on the hand-annotated sets, before
# and after decision 1121, each article read on its own and each set read as one corpus, and how many names
# of a synthetic corpus changed. "Before" is the package org.stemma.facts as it was at commit d61c856 (the
# commit before decision 1121), compiled apart and put first on the class path; it reads each article alone.
# Usage: bench/names.sh [ARTICLES]   (synthetic articles, default 400)
set -euo pipefail
cd "$(dirname "$0")/.."
before_commit=d61c856
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
before=target/names-before-classes
rm -rf "$before" && mkdir -p "$before/src"
git archive "$before_commit" src/main/java/org/stemma/facts | tar -x -C "$before/src"
javac -nowarn -d "$before" -cp "$cp" $(find "$before/src" -name '*.java')
n=${1:-400}
heap=$(( n > 2000 ? 8 : 2 ))g
/usr/bin/time -f "before: %e s wall, %U s user + %S s sys" \
    java -Xmx$heap -XX:ActiveProcessorCount=2 -cp "$before:$cp" org.stemma.facts.NamesBenchmark before "$n"
/usr/bin/time -f "after: %e s wall, %U s user + %S s sys" \
    java -Xmx$heap -XX:ActiveProcessorCount=2 -cp "$cp" org.stemma.facts.NamesBenchmark after "$n"
echo "synthetic names that differ: $(diff target/names-before.txt target/names-after.txt | grep -c '^[<>]' || true) lines of diff" \
    "($(wc -l < target/names-before.txt) before, $(wc -l < target/names-after.txt) after)"
diff target/names-before.txt target/names-after.txt | grep '^[<>]' | cut -f2 | sort | uniq -c | sort -rn | head -20 || true
