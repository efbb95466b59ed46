#!/usr/bin/env bash
# The Tags report and the claims sheet at 10,000 articles, read from the headers (now) and with every text
# (before): BENCHMARKS.md, "Tags report and claims exports without the texts".
# Usage: bench/tagreport.sh [--keep]   (--keep reuses the project built by an earlier run)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
dir=target/tagreport-bench
main=org.stemma.claims.TagReportBenchmark
if [[ ${1:-} != --keep || ! -f $dir/tags-10k.stemma ]]; then
    java -Xmx1g -cp "$cp" "$main" setup "$dir"
fi
/usr/bin/time -f "measuring JVM: %e s wall, %U s user + %S s sys" java -Xmx1g -cp "$cp" "$main" measure "$dir"
