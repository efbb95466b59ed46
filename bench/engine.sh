#!/usr/bin/env bash
# Engine speed benchmark: Stemma (analysis, then alignment and word diff) against java-diff-utils on word
# tokens, Python's difflib on word lists and, when npm is there, jsdiff's diffWords, in one run, on every
# ordered pair of seeds, on long generated pairs (100 KB to 2 MB, org.stemma.align.LargePair) and, for
# Stemma, the 1 MB pair in a 256 MB heap. Prints markdown tables for BENCHMARKS.md.
# Usage: bench/engine.sh   (PEER_TIMEOUT=seconds per peer and pair, default 120; TOOLS="stemma difflib" runs
# only those; MVN_OFFLINE= builds online)
# Everything it makes is in target/bench/ (results.tsv holds the raw rows, logs/ each run's stderr).
set -euo pipefail
cd "$(dirname "$0")/.."
timeout_s=${PEER_TIMEOUT:-120}
out=target/bench
results=$out/results.tsv
mkdir -p "$out/logs"
: >"$results"

echo "building..." >&2
mvn -q ${MVN_OFFLINE--o} test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
cp="target/classes:target/test-classes:$(cat "$out/cp.txt")"
bench="org.stemma.align.EngineBenchmark"
java -cp "$cp" "$bench" generate "$out/pairs"

jsdiff=
if command -v npm >/dev/null && command -v node >/dev/null; then
    if [[ ! -d $out/jsdiff/node_modules/diff ]]; then
        echo "installing jsdiff into $out/jsdiff..." >&2
        npm install --prefix "$out/jsdiff" --no-audit --no-fund --silent diff@9.0.0 >&2 || true
    fi
    [[ -d $out/jsdiff/node_modules/diff ]] && jsdiff=$out/jsdiff/node_modules/diff
fi

info() { printf 'info\t%s\t%s\n' "$1" "$2" >>"$results"; }
info cores "$(nproc)"
info cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
info memory "$(free -g | awk '/Mem:/ {print $2 " GB"}')"
info jdk "$(java -version 2>&1 | sed -n 2p)"
info python "$(python3 --version)"
[[ -n $jsdiff ]] && info node "node $(node --version), jsdiff $(node -p "require('./$jsdiff/package.json').version")"
info "load before" "$(cut -d' ' -f1-3 /proc/loadavg)"

# Runs one tool on one input under the timeout; a failure becomes a row saying what happened.
run() {
    local tool=$1 name=$2 limit=$3
    shift 3
    local log=$out/logs/$tool-$name.err rc=0
    echo "$tool $name" >&2
    timeout "$limit" "$@" >>"$results" 2>"$log" || rc=$?
    printf 'load\t%s\n' "$(cut -d' ' -f1 /proc/loadavg)" >>"$results"
    if ((rc == 124)); then
        printf 'fail\t%s\t%s\ttimed out after %s s\n' "$tool" "$name" "$limit" >>"$results"
    elif grep -q OutOfMemoryError "$log"; then
        printf 'fail\t%s\t%s\tout of memory\n' "$tool" "$name" >>"$results"
    elif ((rc != 0)); then
        printf 'fail\t%s\t%s\texited with %s (see %s)\n' "$tool" "$name" "$rc" "$log" >>"$results"
    fi
    return "$rc"
}

runner() {
    case $1 in
        stemma) echo java -cp "$cp" "$bench" stemma ;;
        diffutils) echo java -Xmx2g -cp "$cp" "$bench" diffutils ;;
        difflib) echo python3 bench/difflib_bench.py ;;
        jsdiff) echo node bench/jsdiff_bench.cjs "$jsdiff" ;;
    esac
}

tools=()
for tool in ${TOOLS:-stemma diffutils difflib jsdiff}; do
    [[ $tool != jsdiff || -n $jsdiff ]] && tools+=("$tool")
done
for tool in "${tools[@]}"; do
    run "$tool" seeds 600 $(runner "$tool") seeds seeds || true
done

# Smallest first; a peer that fails on one size is not run on the larger ones.
declare -A failed
for name in 100k 125k 250k 500k 1m 2m; do
    for tool in "${tools[@]}"; do
        if [[ -n ${failed[$tool]:-} ]]; then
            printf 'fail\t%s\t%s\tnot run (failed on %s)\n' "$tool" "$name" "${failed[$tool]}" >>"$results"
            continue
        fi
        limit=$timeout_s
        [[ $tool == stemma ]] && limit=600
        run "$tool" "$name" "$limit" $(runner "$tool") "$name" "$out/pairs/$name-left.txt" "$out/pairs/$name-right.txt" \
            || failed[$tool]=$name
    done
done

for heap in 256m 128m; do
    echo "stemma heap $heap" >&2
    java "-Xmx$heap" -cp "$cp" "$bench" heap "$out/pairs/1m-left.txt" "$out/pairs/1m-right.txt" >>"$results" \
        2>"$out/logs/heap-$heap.err" || printf 'heap\t%s\tfailed\n' "${heap%m}" >>"$results"
done
info "load after" "$(cut -d' ' -f1-3 /proc/loadavg)"

python3 bench/report.py "$results"
