#!/usr/bin/env bash
# Families benchmark (issue 12): Stemma's families for the synthetic corpus (session's SyntheticCorpus,
# seed 1) in a 1 GB heap, as the window finds them: the articles stored in a project by a corpus
# session, the project opened again, the families found from the session's stored analyses, then 100
# articles added through the session, then the stored families read at a third opening (wall and CPU
# seconds each, quality against the generator's families and edges); and the peer, MinHash LSH as
# datasketch/text-dedup do it (bench/families_peer.py; datasketch cannot be installed here, see
# BENCHMARKS.md, so it is the same algorithm in numpy), on the same corpus and on the derived trees of
# the tests, in one run. The project is written under /dev/shm when there is one (no disk flushes).
# The generator dates a copy on or after its source, as outlets do (decision 1020); SYNTHETIC_DATES=random
# dates every article at random instead, so that direction rests on the text alone.
# Usage: bench/families.sh [N]   (default 10000; MVN_OFFLINE= builds online). Output under target/bench/families/.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
out=target/bench/families
mkdir -p "$out"
echo "building..." >&2
mvn -q ${MVN_OFFLINE--o} test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
# A copy of the classes, so that a build during the run cannot pull them from under it.
rm -rf "$out/classes" && cp -r target/classes "$out/classes" && cp -r target/test-classes "$out/test-classes"
cp="$out/classes:$out/test-classes:$(cat "$out/cp.txt")"
{
    echo "cores	$(nproc)"
    echo "load before	$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "jdk	$(java -version 2>&1 | sed -n 2p)"
    echo "dates	${SYNTHETIC_DATES:-copies on or after their sources}"
    echo "python	$(python3 --version), numpy $(python3 -c 'import numpy; print(numpy.__version__)')"
} | tee "$out/results.tsv"
echo "datasketch	$(python3 -c 'import datasketch; print(datasketch.__version__)' 2>/dev/null || echo 'not installed')" | tee -a "$out/results.tsv"
tmp=$([[ -d /dev/shm ]] && echo /dev/shm || echo "$out")
/usr/bin/time -f "benchmark JVM	%e s wall, %U s user + %S s sys, peak resident %M KB" \
    java -Xmx1g -Djava.io.tmpdir="$tmp" -Dstemma.synthetic.randomDates=$([[ ${SYNTHETIC_DATES:-} == random ]] && echo true || echo false) \
    -cp "$cp" org.stemma.families.FamiliesBenchmark synthetic "$n" 2>&1 | tee -a "$out/results.tsv"
[[ -d $out/corpus-$n ]] || java -cp "$cp" org.stemma.bench.SyntheticCorpus "$out/corpus-$n" "$n"
echo "peer synthetic	$(python3 bench/families_peer.py "$out/corpus-$n" --threshold 0.5 | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["seconds"], "s,", len(d["families"]), "families,", sum(len(f) for f in d["families"]), "articles in families")')" | tee -a "$out/results.tsv"
java -cp "$cp" org.stemma.families.FamiliesBenchmark derived "$out/derived" | tee -a "$out/results.tsv"
for tree in tuning heldout; do
    for t in 0.5 0.2; do
        echo "peer $tree threshold $t	$(python3 bench/families_peer.py "$out/derived/$tree" --threshold $t | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["families"])')" | tee -a "$out/results.tsv"
    done
done
echo "peer seeds threshold 0.5	$(python3 bench/families_peer.py seeds --threshold 0.5 | python3 -c 'import json,sys; print(json.load(sys.stdin)["families"])')" | tee -a "$out/results.tsv"
echo "peer seeds threshold 0.1	$(python3 bench/families_peer.py seeds --threshold 0.1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["families"])')" | tee -a "$out/results.tsv"
echo "stemma seeds	$(java -cp "$cp" org.stemma.Launcher families seeds | tail -1)" | tee -a "$out/results.tsv"
echo "load after	$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/results.tsv"
