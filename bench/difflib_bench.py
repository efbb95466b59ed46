#!/usr/bin/env python3
"""Python's difflib as a peer in the engine benchmark (bench/engine.sh): SequenceMatcher over the words
of both texts (str.split(), default settings), then get_opcodes(), as a user would write it.
Prints the same tab-separated rows as org.stemma.align.EngineBenchmark; CPU time is the process's.

Usage: difflib_bench.py seeds SEED_DIR | difflib_bench.py CASE LEFT RIGHT
"""
import difflib
import itertools
import pathlib
import statistics
import sys
import time

STEP = "word diff"


def read(path):
    # As Stemma reads a file: UTF-8 with a leading BOM dropped.
    return pathlib.Path(path).read_text(encoding="utf-8-sig")


def run(left, right):
    """One timed run: wall ms, CPU ms, and the share of the right text's words reported unchanged."""
    w0, c0 = time.perf_counter_ns(), time.process_time_ns()
    b = right.split()
    opcodes = difflib.SequenceMatcher(None, left.split(), b).get_opcodes()
    wall, cpu = (time.perf_counter_ns() - w0) / 1e6, (time.process_time_ns() - c0) / 1e6
    same = sum(j2 - j1 for tag, _, _, j1, j2 in opcodes if tag == "equal")
    return wall, cpu, same / len(b)


def row(case, wall, cpu, runs):
    print(f"time\tdifflib\t{case}\t{STEP}\t{wall:.3f}\t{cpu:.3f}\t{runs}", flush=True)


def seeds(seed_dir):
    files = sorted(pathlib.Path(seed_dir).glob("*.txt"))
    texts = {f.name[:3]: read(f) for f in files}
    pairs = list(itertools.permutations(sorted(texts), 2))
    for _ in range(5):
        for l, r in pairs:
            run(texts[l], texts[r])
    rounds = 11
    per_pair = [[run(texts[l], texts[r]) for _ in range(rounds)] for l, r in pairs]
    wall = sorted(statistics.median_low(w for w, _, _ in s) for s in per_pair)
    cpu = sorted(statistics.median_low(c for _, c, _ in s) for s in per_pair)
    row("seeds-median", wall[len(wall) // 2], cpu[len(cpu) // 2], rounds)
    row("seeds-max", wall[-1], cpu[-1], rounds)
    print(f"share\tdifflib\t001-000\t{run(texts['001'], texts['000'])[2]:.4f}", flush=True)


def large(case, left_path, right_path):
    """The same policy as the Java runners: the first run decides how many more."""
    left, right = read(left_path), read(right_path)
    first = run(left, right)
    seconds = first[0] / 1000
    if seconds < 10:
        until, n = time.perf_counter() + 4, 0
        while n < 3 or time.perf_counter() < until:
            run(left, right)
            n += 1
    samples = [run(left, right) for _ in range(11 if seconds < 2 else 3 if seconds < 10 else 1)]
    row(case, statistics.median_low(w for w, _, _ in samples), statistics.mean(c for _, c, _ in samples), len(samples))
    print(f"share\tdifflib\t{case}\t{first[2]:.4f}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "seeds":
        seeds(sys.argv[2])
    else:
        large(*sys.argv[1:4])
