#!/usr/bin/env bash
# CandidateIndex.pairs() alone at N articles (issue 12, decision 1004): the synthetic corpus (seed 1)
# fingerprinted and indexed in one JVM (no project), pairs() run 3 times (the first warms the JIT), wall
# and CPU seconds each; the pairs written to target/bench/families-pairs/pairs-N.tsv, and compared with
# BASELINE (a pairs file of an earlier build) when one is given.
# Usage: bench/families-pairs.sh [N] [BASELINE]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
out=target/bench/families-pairs
mkdir -p "$out"
mvn -q ${MVN_OFFLINE--o} test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
rm -rf "$out/classes" "$out/test-classes" && cp -r target/classes "$out/classes" && cp -r target/test-classes "$out/test-classes"
echo "load before	$(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "JVM	%e s wall, %U s user + %S s sys, peak resident %M KB" \
    java -Xmx1g -cp "$out/classes:$out/test-classes:$(cat "$out/cp.txt")" org.stemma.families.FamiliesBenchmark pairs "$n" "$out/pairs-$n.tsv" 2>&1 | grep -v SLF4J
echo "load after	$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n ${2:-} ]]; then
    cmp -s "$2" "$out/pairs-$n.tsv" && echo "pairs	identical to $2" || echo "pairs	DIFFER from $2 ($(diff "$2" "$out/pairs-$n.tsv" | grep -c '^[<>]') lines)"
fi
