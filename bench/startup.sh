#!/usr/bin/env bash
# Start-up benchmark: how long from launching Stemma until its window is shown with the sample corpus
# listed, measured from outside the process (launch to the smoke test's "window shown" line).
# Usage: bench/startup.sh [LAUNCHER] [RUNS]   (defaults: the installed /opt/stemma/bin/stemma, 11 runs)
# Runs under the current DISPLAY, or starts its own Xvfb when there is none. One untimed warm-up run
# first, so every timed run starts with the files in the page cache, as a second launch would.
set -euo pipefail
launcher=${1:-/opt/stemma/bin/stemma}
runs=${2:-11}
[[ -x $launcher ]] || { echo "startup.sh: no launcher at $launcher" >&2; exit 2; }

xvfb=
if [[ -z ${DISPLAY:-} ]]; then
    display=:$((90 + RANDOM % 9))
    Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null || true' EXIT
    export DISPLAY=$display
    sleep 1
fi

# Prints the milliseconds from launch to the window shown, or fails with the smoke test's own reason.
time_one() {
    local start shown= line
    start=$(date +%s%N)
    while IFS= read -r line; do
        if [[ -z $shown && $line == *"window shown"* ]]; then
            shown=$(date +%s%N)
        fi
    done < <("$launcher" --smoke-test 2>&1)
    wait $! || { echo "startup.sh: the smoke test failed" >&2; return 1; }
    [[ -n $shown ]] || { echo "startup.sh: the window was never reported shown" >&2; return 1; }
    echo $(((shown - start) / 1000000))
}

time_one >/dev/null
times=()
for ((i = 0; i < runs; i++)); do
    times+=("$(time_one)")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs (ms): ${times[*]}"
echo "median: ${sorted[$((runs / 2))]} ms  (min ${sorted[0]}, max ${sorted[$((runs - 1))]}, $runs runs, $launcher)"
