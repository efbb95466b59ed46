package org.stemma.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 over word 4-gram shingles (counted with multiplicity) between extracted and
 * expected text, the measure of the public article-extraction benchmarks: words are runs of \w, case
 * is kept, and a text shorter than four words is one shingle.
 */
record ShingleScore(double precision, double recall) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static ShingleScore of(String extracted, String expected) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(expected);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Set<String> keys = new HashSet<>(got.keySet());
        keys.addAll(want.keySet());
        for (String k : keys) {
            int g = got.getOrDefault(k, 0);
            int w = want.getOrDefault(k, 0);
            tp += Math.min(g, w);
            fp += Math.max(0, g - w);
            fn += Math.max(0, w - g);
        }
        double precision = fp == 0 && fn == 0 ? 1 : tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = fp == 0 && fn == 0 ? 1 : tp + fn == 0 ? 0 : tp / (tp + fn);
        return new ShingleScore(precision, recall);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
            if (words.isEmpty()) {
                break;
            }
            counts.merge(String.join("\u0001", words.subList(i, Math.min(i + 4, words.size()))), 1, Integer::sum);
        }
        return counts;
    }
}
