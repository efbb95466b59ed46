#!/usr/bin/env bash
# Frame times of the collation view scrolling with 50 witnesses of a 5,000-word article (issue 17;
# BENCHMARKS.md, "Collation"). Needs Xvfb (starts one on :${XDISPLAY:-88} unless DISPLAY is set), or run
# with MONOCLE=1 for JavaFX's headless Monocle platform (software rendering, no display).
# Usage: bench/collation-view.sh            (Xvfb)
#        MONOCLE=1 bench/collation-view.sh  (headless)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/classes:target/test-classes:$(cat target/cp.txt)"
MAIN=org.stemma.ui.collation.CollationScrollBenchmark
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${MONOCLE:-0}" = 1 ]; then
  java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "$CP" "$MAIN"
else
  XVFB_PID=""
  if [ -z "${DISPLAY:-}" ]; then
    export DISPLAY=":${XDISPLAY:-88}"
    Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    trap '[ -n "$XVFB_PID" ] && kill "$XVFB_PID"' EXIT
    sleep 2
  fi
  java -cp "$CP" "$MAIN"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
