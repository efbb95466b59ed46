#!/usr/bin/env python3
"""The peer in bench/families.sh: MinHash LSH near-duplicate clustering as datasketch's MinHashLSH and
text-dedup's MinHash step do it (word 5-gram shingles, 128 permutations of a 32-bit hash, bands and rows
chosen for a Jaccard threshold by datasketch's false-positive/negative integral, candidate pairs from
shared bands, clusters by union-find). PyPI cannot be reached from this machine, so datasketch itself
could not be installed; this is the same algorithm in numpy. A second mode verifies each LSH pair by
exact 5-gram Jaccard before joining it, as text-dedup does with --check-false-positive (not by default).

Usage: families_peer.py DIR [--threshold 0.5] [--verify]
Prints one JSON object: {"seconds", "families": [[file names]...], "pairs"}.
"""
import argparse, json, os, re, sys, time, zlib
import numpy as np

MERSENNE = (1 << 61) - 1
MAX_HASH = (1 << 32) - 1
WORD = re.compile(r"\w+", re.UNICODE)


def optimal_param(threshold, num_perm):
    """datasketch's _optimal_param with equal weights for false positives and negatives."""
    def integrate(f, a, b):
        step = 0.001
        x = np.arange(a, b, step) + step / 2
        return float(np.sum(f(x)) * step)
    best, best_err = (1, num_perm), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = integrate(lambda s: 1 - (1 - s ** r) ** b, 0.0, threshold)
            fn = integrate(lambda s: 1 - (1 - (1 - s ** r) ** b), threshold, 1.0)
            if fp + fn < best_err:
                best_err, best = fp + fn, (b, r)
    return best


def shingles(text, n=5):
    words = WORD.findall(text.lower())
    return {zlib.crc32(" ".join(words[i:i + n]).encode()) for i in range(max(1, len(words) - n + 1))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--perm", type=int, default=128)
    ap.add_argument("--verify", action="store_true")
    args = ap.parse_args()
    names = sorted(f for f in os.listdir(args.dir) if not f.startswith("."))
    texts = []
    for f in names:
        with open(os.path.join(args.dir, f), encoding="utf-8", errors="replace") as fh:
            texts.append(fh.read())
    start = time.perf_counter()
    rng = np.random.RandomState(1)
    a = rng.randint(1, MERSENNE, size=args.perm, dtype=np.uint64)
    b = rng.randint(0, MERSENNE, size=args.perm, dtype=np.uint64)
    bands, rows = optimal_param(args.threshold, args.perm)
    sets = [shingles(t) for t in texts]
    tables = [dict() for _ in range(bands)]
    for i, s in enumerate(sets):
        hv = np.fromiter(s, dtype=np.uint64, count=len(s))
        phv = ((np.outer(hv, a) + b) % MERSENNE) & MAX_HASH
        sig = phv.min(axis=0)
        for k in range(bands):
            tables[k].setdefault(sig[k * rows:(k + 1) * rows].tobytes(), []).append(i)
    parent = list(range(len(names)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    pairs = set()
    for table in tables:
        for bucket in table.values():
            for j in bucket[1:]:
                pairs.add((bucket[0], j))
    joined = 0
    for i, j in pairs:
        if args.verify:
            inter = len(sets[i] & sets[j])
            if inter / max(1, len(sets[i] | sets[j])) < args.threshold:
                continue
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
        joined += 1
    groups = {}
    for i in range(len(names)):
        groups.setdefault(find(i), []).append(names[i])
    seconds = time.perf_counter() - start
    fams = sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
    print(json.dumps({"seconds": round(seconds, 3), "bands": bands, "rows": rows, "pairs": joined, "families": fams}))


if __name__ == "__main__":
    main()
