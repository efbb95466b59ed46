package org.stemma.families;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.stemma.families.DerivedCorpus.*;

/** The derived trees of {@link DerivedFamiliesTest} and {@link HeldOutFamiliesTest}, also run by the benchmark. */
final class DerivedTrees {

    private DerivedTrees() {
    }

    /** The tree used while tuning: article name -> text. */
    static Map<String, String> tuning() throws Exception {
        List<String> w0 = paragraphs(Path.of("seeds/002_3e58512b73e31964.txt"));
        List<String> w1 = slip(slip(trimmed(w0, 0.8), "thousands of paratroopers", "hundreds of paratroopers"),
                "Tleuberdi", "Tleuberdy");
        List<String> w2 = slip(slip(trimmed(w1, 0.9), "19 million", "18 million"), "gasoline", "petrol");
        List<String> w3 = excerpt(slip(w2, "brutally suppressed", "suppressed"), 0, 37);
        w3.add(Distractors.SIGN_OFF);
        List<String> w4 = excerpt(w1, 8, 37);
        List<String> s1 = spun(w0, 7);
        List<String> e1 = excerpt(w0, 44, 55);
        String headline = "Express departure from Russia: Partner Kazakhstan gives Putin a political blow";
        Map<String, String> articles = new LinkedHashMap<>();
        articles.put("w0", article(headline, "2022-04-08 06:00", w0));
        articles.put("w1", article(headline, "2022-04-08 09:30", w1));
        articles.put("w2", article("Kazakhstan turns away from Russia", "2022-04-09", w2));
        articles.put("w3", article("Kazakhstan turns away from Russia", null, w3));
        articles.put("w4", article("Why Kazakhstan will not help Moscow", null, w4));
        articles.put("s1", article("Kazakhstan hands Putin a political blow", null, s1));
        articles.put("e1", article("Has Putin lost one of his most important allies?", "2022-04-10", e1));
        articles.put("d1", article("Kazakhstan keeps its distance", "2022-04-07", Distractors.keepingDistance()));
        articles.put("d2", article("Europe eyes Kazakh gas", null, Distractors.europeanMarket()));
        return articles;
    }

    /** The held-out tree, written after the method was fixed. */
    static Map<String, String> heldOut() throws Exception {
        List<String> h0 = paragraphs(Path.of("seeds/001_a14117e3dcc20b34.txt"));
        List<String> h1 = spun(h0, 11);
        List<String> h2 = excerpt(h0, 3, 13);
        List<String> h3 = slip(trimmed(h1, 0.7), "December 16", "December 18");
        List<String> g0 = paragraphs(Path.of("seeds/003_be3a2c4a61845e7d.txt"));
        List<String> g1 = slip(trimmed(g0, 0.6), "8,000", "9,000");
        List<String> g2 = slip(excerpt(g1, 1, 10), "Umarov", "Umarow");
        List<String> g3 = trimmed(g0, 0.5);
        Map<String, String> articles = new LinkedHashMap<>();
        articles.put("h0", article("Putin loses allies in his own backyard", "2022-05-06 08:15", h0));
        articles.put("h1", article("Putin's backyard turns against him", "2022-05-06 14:00", h1));
        articles.put("h2", article("Kazakhstan and the Kremlin", null, h2));
        articles.put("h3", article("Putin's backyard turns against him", null, h3));
        articles.put("g0", article("Victory Day without an air show", "2023-05-09", g0));
        articles.put("g1", article("Victory Day without an air show", "2023-05-10", g1));
        articles.put("g2", article("Why Tokayev went to Moscow", null, g2));
        articles.put("g3", article("Tokayev at the parade", null, g3));
        articles.put("dd", article("Central Asia watches Moscow", "2023-05-11", List.of(
                "Leaders from across Central Asia travelled to Moscow this week, and not everyone at home was pleased.",
                "Opposition groups in Bishkek and Almaty said the trip sent the wrong signal to Kyiv.",
                g0.get(4),
                "Officials in Nur-Sultan insisted the visit was a matter of protocol and history, not of politics.",
                "The parade itself lasted less than an hour, and the leaders left for lunch at the Kremlin.",
                "Diplomats expect a summit of the region's presidents in Samarkand before the end of the year.")));
        return articles;
    }
}
