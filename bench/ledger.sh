#!/usr/bin/env bash
# Quotations and facts (BENCHMARKS.md, "Quotation ledger and facts"): quality on the held-out sets against
# the plain baseline, then the ledger and shared facts of the synthetic 10,000-article corpus on 2 cores.
# Usage: bench/ledger.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
java -XX:ActiveProcessorCount=2 -cp "$cp" org.stemma.quotes.QuotationBenchmark
java -XX:ActiveProcessorCount=2 -Xmx3g -cp "$cp" org.stemma.quotes.LedgerBenchmark "${1:-10000}"
