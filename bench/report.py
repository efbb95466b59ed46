#!/usr/bin/env python3
"""Turns the rows of bench/engine.sh (target/bench/results.tsv) into the markdown tables of BENCHMARKS.md.

Rows, tab-separated: info KEY VALUE | load ONE_MINUTE | time TOOL CASE STEP WALL_MS CPU_MS RUNS |
thread TOOL CASE STEP THREAD_CPU_MS |
share TOOL CASE SHARE | chars CASE LEFT RIGHT | fail TOOL CASE WHY |
heap MAX_MB PEAK_MB ALLOCATED_MB RETAINED_MB COLD_MS WARM_MS (or heap MAX_MB failed).
"""
import sys

NAMES = {"stemma": "Stemma", "diffutils": "java-diff-utils 4.12", "difflib": "Python difflib", "jsdiff": "jsdiff diffWords"}
SCALING = ["125k", "250k", "500k", "1m", "2m"]


def main(path):
    info, loads, times, threads, shares, chars, fails, heaps = {}, [], {}, {}, {}, {}, {}, []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "info":
            info[f[1]] = f[2]
        elif f[0] == "load":
            loads.append(float(f[1]))
        elif f[0] == "time":
            times[(f[1], f[2], f[3])] = (float(f[4]), float(f[5]), int(f[6]))
        elif f[0] == "thread":
            threads[(f[1], f[2], f[3])] = float(f[4])
        elif f[0] == "share":
            shares[(f[1], f[2])] = float(f[3])
        elif f[0] == "chars":
            chars[f[1]] = int(f[2]) + int(f[3])
        elif f[0] == "fail":
            fails[(f[1], f[2])] = f[3]
        elif f[0] == "heap":
            heaps.append(f[1:])
    tools = [t for t in NAMES if any(k[0] == t for k in list(times) + list(fails))]

    def steps(tool):
        return [k[2] for k in times if k[0] == tool and k[1] == "seeds-median"] or ["word diff"]

    def cell(tool, case, step):
        if (tool, case, step) in times:
            wall, cpu, _ = times[(tool, case, step)]
            return f"{wall:,.1f}", f"{cpu:,.1f}"
        return fails.get((tool, case), "not run"), ""

    print(f"Machine: {info.get('cores')} cores ({info.get('cpu')}), {info.get('memory')}; {info.get('jdk')}; "
          f"{info.get('python')}" + (f"; {info['node']}" if "node" in info else "") + ".")
    load = f", {min(loads):.1f}–{max(loads):.1f} while it ran" if loads else ""
    print(f"Load average (1 min): {info.get('load before')} before{load}, {info.get('load after')} after.\n")

    print("**Seeds: all 20 ordered pairs** (per pair the median of the timed runs; then the median and the "
          "slowest pair; ms; CPU is the working thread's for the JVM, the process's for Python and node)\n")
    print("| tool | step | median pair, wall | median pair, CPU | slowest pair, wall | slowest pair, CPU | timed runs per pair |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for tool in tools:
        for step in steps(tool):
            mw, mc = cell(tool, "seeds-median", step)
            xw, xc = cell(tool, "seeds-max", step)
            runs = times.get((tool, "seeds-median", step), (0, 0, ""))[2]
            print(f"| {NAMES[tool]} | {step} | {mw} | {mc} | {xw} | {xc} | {runs} |")

    print("\n**Long pairs** (ms; wall: median of the timed runs; CPU: of the whole process, garbage collection "
          "included, mean of the timed runs; the right text is a reworded copy, see LargePair)\n")
    def thread(tool, case, step):
        return f"{threads[(tool, case, step)]:,.1f}" if (tool, case, step) in threads else "–"

    print("| tool | step | 100 KB pair, wall | CPU | CPU of the working thread | 1 MB pair, wall | CPU "
          "| CPU of the working thread | timed runs |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for tool in tools:
        for step in steps(tool):
            a = cell(tool, "100k", step)
            b = cell(tool, "1m", step)
            runs = "/".join(str(times[(tool, c, step)][2]) for c in ("100k", "1m") if (tool, c, step) in times)
            print(f"| {NAMES[tool]} | {step} | {a[0]} | {a[1]} | {thread(tool, '100k', step)} | {b[0]} | {b[1]} "
                  f"| {thread(tool, '1m', step)} | {runs} |")
    sizes = "; ".join(f"{c}: {chars[c]:,}" for c in ["100k"] + SCALING if c in chars)
    print(f"\nCharacters, left + right: {sizes}.")

    print("\n**Growth on long similar documents** (the whole job: Stemma end to end, the peers' word diff; "
          "CPU ms, mean of the timed runs, and in brackets CPU ms per 100,000 characters of input)\n")
    columns = [("stemma", "thread", "Stemma, working thread")] + [(t, "process", NAMES[t]) for t in tools]
    print("| pair | characters | " + " | ".join(c[2] for c in columns) + " |")
    print("|---|---:|" + "---:|" * len(columns))
    for case in SCALING:
        cells = []
        for tool, clock, _ in columns:
            key = (tool, case, "end to end" if tool == "stemma" else "word diff")
            if key in times:
                cpu = threads.get(key, 0) if clock == "thread" else times[key][1]
                cells.append(f"{cpu:,.0f} ({cpu / chars[case] * 100_000:,.1f})")
            else:
                cells.append(fails.get((tool, case), "not run"))
        print(f"| {case} | {chars.get(case, 0):,} | " + " | ".join(cells) + " |")

    print("\n**Stemma's heap on the 1 MB pair** (analysis and alignment of both texts, one cold run then "
          "three warm ones in a fresh JVM)\n")
    print("| -Xmx | cold run, wall | warm run, wall | peak heap in use (before a GC) | allocated by a warm run | "
          "kept at the end (both analyses and the comparison) |")
    print("|---|---:|---:|---:|---:|---:|")
    for h in heaps:
        if h[1] == "failed":
            print(f"| {h[0]} MB | failed | | | | |")
        else:
            print(f"| {h[0]} MB | {int(h[4]):,} ms | {int(h[5]):,} ms | {float(h[1]):.0f} MB | {float(h[2]):.0f} MB | "
                  f"{float(h[3]):.0f} MB |")

    print("\n**What each reports as unchanged** (share of the right text's words inside unchanged runs)\n")
    print("| tool | 001 → 000 (000 is 001 reordered and reworded) | 1 MB pair |")
    print("|---|---:|---:|")
    for tool in tools:
        vals = [f"{shares[(tool, c)]:.0%}" if (tool, c) in shares else fails.get((tool, c), "not run") for c in ("001-000", "1m")]
        print(f"| {NAMES[tool]} | {vals[0]} | {vals[1]} |")


if __name__ == "__main__":
    main(sys.argv[1])
