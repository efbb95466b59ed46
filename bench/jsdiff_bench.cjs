#!/usr/bin/env node
// jsdiff's diffWords as a peer in the engine benchmark (bench/engine.sh), with default options, as a user
// would call it. Prints the same tab-separated rows as org.stemma.align.EngineBenchmark; CPU time is the
// process's (user + system). jsdiff is installed by engine.sh into target/, never committed.
// Usage: jsdiff_bench.cjs DIFF_MODULE_DIR seeds SEED_DIR | jsdiff_bench.cjs DIFF_MODULE_DIR CASE LEFT RIGHT
'use strict';
const fs = require('fs');
const path = require('path');
const { diffWords } = require(path.resolve(process.argv[2]));

const STEP = 'word diff';
const words = (text) => text.split(/\s+/).filter((w) => w.length > 0);
// As Stemma reads a file: UTF-8 with a leading BOM dropped.
const read = (file) => fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const medianOf = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One timed run: wall ms, CPU ms, and the share of the right text's words reported unchanged. */
function run(left, right) {
    const w0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const parts = diffWords(left, right);
    const wall = Number(process.hrtime.bigint() - w0) / 1e6;
    const c = process.cpuUsage(c0);
    let same = 0;
    for (const part of parts) {
        if (!part.added && !part.removed) {
            same += words(part.value).length;
        }
    }
    return [wall, (c.user + c.system) / 1000, same / words(right).length];
}

function row(name, wall, cpu, runs) {
    console.log(`time\tjsdiff\t${name}\t${STEP}\t${wall.toFixed(3)}\t${cpu.toFixed(3)}\t${runs}`);
}

function seeds(dir) {
    const texts = {};
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        texts[f.slice(0, 3)] = read(path.join(dir, f));
    }
    const names = Object.keys(texts).sort();
    const pairs = names.flatMap((l) => names.filter((r) => r !== l).map((r) => [l, r]));
    // diffWords takes a fifth of a second on an unrelated pair, so fewer rounds than the others.
    pairs.forEach(([l, r]) => run(texts[l], texts[r]));
    const rounds = 5;
    const perPair = pairs.map(([l, r]) => Array.from({ length: rounds }, () => run(texts[l], texts[r])));
    const wall = perPair.map((s) => medianOf(s.map((x) => x[0]))).sort((a, b) => a - b);
    const cpu = perPair.map((s) => medianOf(s.map((x) => x[1]))).sort((a, b) => a - b);
    row('seeds-median', wall[Math.floor(wall.length / 2)], cpu[Math.floor(cpu.length / 2)], rounds);
    row('seeds-max', wall[wall.length - 1], cpu[cpu.length - 1], rounds);
    console.log(`share\tjsdiff\t001-000\t${run(texts['001'], texts['000'])[2].toFixed(4)}`);
}

/** The same policy as the Java runners: the first run decides how many more. */
function large(name, leftFile, rightFile) {
    const left = read(leftFile);
    const right = read(rightFile);
    const first = run(left, right);
    const seconds = first[0] / 1000;
    if (seconds < 10) {
        const until = Date.now() + 4000;
        for (let i = 0; i < 3 || Date.now() < until; i++) {
            run(left, right);
        }
    }
    const runs = seconds < 2 ? 11 : seconds < 10 ? 3 : 1;
    const samples = Array.from({ length: runs }, () => run(left, right));
    const cpu = samples.reduce((sum, s) => sum + s[1], 0) / samples.length;
    row(name, medianOf(samples.map((s) => s[0])), cpu, samples.length);
    console.log(`share\tjsdiff\t${name}\t${first[2].toFixed(4)}`);
}

if (process.argv[3] === 'seeds') {
    seeds(process.argv[4]);
} else {
    large(process.argv[3], process.argv[4], process.argv[5]);
}
