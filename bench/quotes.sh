#!/usr/bin/env bash
# Attributed quotations and speakers (BENCHMARKS.md): precision, recall and speaker accuracy on both held-out
# sets, with the plain baseline, before and after decision 1104. "Before" is org.stemma.quotes as it was at
# commit bc038e9 (main before that work), compiled apart and put first on the class path.
# Usage: bench/quotes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
before=target/quotes-before-classes
rm -rf "$before" && mkdir -p "$before/src"
git archive bc038e9 src/main/java/org/stemma/quotes | tar -x -C "$before/src"
javac -nowarn -d "$before" -cp "$cp" $(find "$before/src" -name '*.java')
/usr/bin/time -f "before: %e s wall, %U s user + %S s sys" \
    java -XX:ActiveProcessorCount=2 -cp "$before:$cp" org.stemma.quotes.QuotationBenchmark before
/usr/bin/time -f "after: %e s wall, %U s user + %S s sys" \
    java -XX:ActiveProcessorCount=2 -cp "$cp" org.stemma.quotes.QuotationBenchmark after
# QuotationFinder alone on synthetic articles (analysis done once): CPU per article.
java -XX:ActiveProcessorCount=2 -cp "$before:$cp" org.stemma.quotes.QuotationCostBenchmark
java -XX:ActiveProcessorCount=2 -cp "$cp" org.stemma.quotes.QuotationCostBenchmark
