#!/usr/bin/env bash
# Collation at 50 witnesses: a 5,000-word article (sentences of the synthetic corpus's originals) and 50
# copies that reword, drop, add and move sentences, ten spun with Cyrillic look-alikes, collated against
# the source six times in one JVM; prints wall and process CPU time per round (BENCHMARKS.md, "Collation");
# then CollateX, the peer, on the same witnesses.
# Usage: bench/collate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.stemma.collation.CollationBenchmark
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The peer: CollateX 1.7.1 (Dekker) on the same source and 50 copies, stopped after 150 s of its CPU; then on 10
# copies (5 plain, 5 spun) of a 1,000-word article, which it finishes. Each run also collates the same
# witnesses with Stemma.
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.stemma.collation.CollatexPeerBenchmark 5000 150 50
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.stemma.collation.CollatexPeerBenchmark 1000 600 10
echo "load average after the peer: $(cut -d' ' -f1-3 /proc/loadavg)"
