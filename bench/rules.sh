#!/usr/bin/env bash
# What the difference rules (decision 1420) cost the aligner: org.stemma.align.RulesBenchmark on generated
# pairs of 100 KB and 1 MB, defaults against every rule on. Prints a markdown table for BENCHMARKS.md.
# Usage: bench/rules.sh   (MVN_OFFLINE= builds online)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
mvn -q ${MVN_OFFLINE--o} test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -cp "target/classes:target/test-classes:$(cat "$out/cp.txt")" org.stemma.align.RulesBenchmark
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
