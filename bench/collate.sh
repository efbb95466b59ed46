#!/usr/bin/env bash
# Collation at 50 witnesses: a 5,000-word article (sentences of the synthetic corpus's originals) and 50
# copies that reword, drop, add and move sentences, ten spun with Cyrillic look-alikes, collated against
# the source six times in one JVM; prints wall and process CPU time per round (BENCHMARKS.md, "Collation").
# Usage: bench/collate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.stemma.collation.CollationBenchmark
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
