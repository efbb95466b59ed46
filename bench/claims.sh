#!/usr/bin/env bash
# Claims at scale: builds a project of 10,000 claims in target/claims-bench (20 articles, 30 tags,
# counterparts for 30 % of the claims), then, in a fresh JVM, times opening it as the window does, the
# claims table's filters and the CSV export, and prints a markdown table (BENCHMARKS.md, "Claims at scale").
# Usage: bench/claims.sh [--keep]   (--keep reuses the project built by an earlier run)
# Extra JVM options for the measuring JVM (e.g. a JFR recording) go in CLAIMS_BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
dir=target/claims-bench
main=org.stemma.ui.claims.ClaimsBenchmark
if [[ ${1:-} != --keep || ! -f $dir/claims-10k.stemma ]]; then
    java -Xmx1g -cp "$cp" "$main" setup "$dir"
fi
# shellcheck disable=SC2086
java -Xmx1g ${CLAIMS_BENCH_JAVA_OPTS:-} -cp "$cp" "$main" measure "$dir"
