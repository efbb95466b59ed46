#!/usr/bin/env bash
# Bounded work per file: makes the pathological files of org.stemma.importing.Pathological (and a 19.5 MB
# text of real prose from seeds/), then runs `stemma scan --json` on each in a fresh JVM capped at 512 MB
# of heap, and prints a markdown table of wall time, peak resident memory and the verdict
# (BENCHMARKS.md, "Bounded work per file"; docs/reliability.md).
# Usage: bench/bounds.sh   (after mvn package; needs GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
dir=target/bounds-bench
rm -rf "$dir" && mkdir -p "$dir"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.stemma.importing.Pathological "$dir" 2>/dev/null
python3 - "$dir/prose-19MB.txt" <<'PY'
import glob, sys
text = b''.join(open(f, 'rb').read() for f in sorted(glob.glob('seeds/*.txt')))
open(sys.argv[1], 'wb').write(text * (19_500_000 // len(text)))
PY
echo "| file | size | scan --json, wall | CPU (user+sys) | peak RSS | verdict |"
echo "|---|---|---|---|---|---|"
for f in "$dir"/*; do
    set +e
    /usr/bin/time -f "%e %U %S %M" -o "$dir/.time" java -Xmx512m -jar target/stemma.jar scan "$f" --json \
        >/dev/null 2>"$dir/.err"
    code=$?
    set -e
    read -r secs user sys kb < <(tail -n 1 "$dir/.time")
    verdict=$([[ $code == 0 ]] && echo "read" || head -c 160 "$dir/.err" | tr '\n' ' ' | sed "s|$dir/||")
    printf '| %s | %s | %s s | %.1f s | %d MB | %s |\n' "$(basename "$f")" "$(du -h "$f" | cut -f1)" "$secs" "$(echo "$user + $sys" | bc)" $((kb / 1024)) "$verdict"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
