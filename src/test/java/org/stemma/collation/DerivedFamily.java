package org.stemma.collation;

import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * One source article and eight copies, each made from it by known edits (written for these tests; the
 * source reads like a wire report). Sentence numbers below count from 0 in {@link #SOURCE}.
 */
public final class DerivedFamily {

    public static final List<String> SOURCE = List.of(
            "Flood defences along the river Vltava were raised overnight as water levels in Prague climbed for a third day.",
            "The city's emergency committee said on Tuesday that 1,200 residents had been moved from low-lying districts.",
            "Mayor Bohuslav Svoboda told reporters the situation was serious but under control.",
            "Forecasters expect a further 40 millimetres of rain across Bohemia before Thursday evening.",
            "Rail services between Prague and Dresden were suspended after a section of track near Decin was flooded.",
            "Engineers from the national water authority are monitoring the Orlik dam, which is releasing water at its maximum safe rate.",
            "In 2002 the same river reached a record height, causing damage estimated at 70 billion crowns.",
            "Residents of the Karlin district recalled how the water then stood two metres deep in their streets.",
            "The army has sent four hundred soldiers to help fill sandbags in the towns of Melnik and Usti.",
            "Insurance companies said it was too early to estimate the cost of the current floods.",
            "The European Commission offered assistance through its civil protection mechanism on Wednesday.",
            "Officials will review the flood barriers once the water has receded, the committee said.");

    static final String HEADLINE = "Prague braces for more rain as the Vltava rises";

    static final String ADDED = "Schools in the affected districts will stay closed until Monday.";

    /** The copy's name and its sentences. */
    public record Copy(String name, List<String> sentences) {
    }

    public static List<Copy> copies() {
        List<Copy> out = new ArrayList<>();
        out.add(new Copy("c1-word", replace(2, "told reporters", "said")));
        List<String> dropped = new ArrayList<>(SOURCE);
        dropped.remove(5);
        out.add(new Copy("c2-dropped", dropped));
        List<String> added = new ArrayList<>(SOURCE);
        added.add(3, ADDED);
        out.add(new Copy("c3-added", added));
        List<String> moved = new ArrayList<>(SOURCE);
        moved.add(moved.remove(6));
        out.add(new Copy("c4-moved", moved));
        out.add(new Copy("c5-number", replace(3, "40 millimetres", "60 millimetres")));
        out.add(new Copy("c6-lookalike", replace(4, "Dresden", "Dr\u0435sd\u0435n")));
        out.add(new Copy("c7-paraphrase", replace(8, "The army has sent four hundred soldiers to help fill sandbags in the towns of Melnik and Usti.",
                "Four hundred soldiers were sent by the army to the towns of Melnik and Usti to help fill sandbags.")));
        List<String> both = replace(10, "on Wednesday", "on Thursday");
        both.add(3, ADDED);
        out.add(new Copy("c8-added-date", both));
        return out;
    }

    public static Witness witness(String name, List<String> sentences) {
        return Witness.of(name, Analyzer.analyze(Document.of(name, name, text(sentences))));
    }

    public static Witness source() {
        return witness("source", SOURCE);
    }

    static List<Witness> witnesses() {
        return copies().stream().map(c -> witness(c.name(), c.sentences())).toList();
    }

    /** Two sentences a paragraph, as a news page sets them. */
    static String text(List<String> sentences) {
        StringBuilder b = new StringBuilder(HEADLINE + "\n\n");
        for (int i = 0; i < sentences.size(); i++) {
            b.append(sentences.get(i)).append(i % 2 == 1 ? "\n\n" : " ");
        }
        return b.toString().strip() + "\n";
    }

    private static List<String> replace(int sentence, String from, String to) {
        List<String> out = new ArrayList<>(SOURCE);
        if (!out.get(sentence).contains(from)) {
            throw new IllegalArgumentException(from);
        }
        out.set(sentence, out.get(sentence).replace(from, to));
        return out;
    }
}
