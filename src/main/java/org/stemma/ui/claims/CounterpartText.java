package org.stemma.ui.claims;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.stemma.model.ClaimCounterpart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** How counterparts read in the claims table and the claim editor ("The BOL News: altered — meaningful → important"). */
public final class CounterpartText {

    private CounterpartText() {
    }

    /**
     * A document name short enough for a table cell: the name up to its first {@code _}, space or dot,
     * with an ellipsis when something was cut ("000_bccecb4352150e81.txt" → "000…").
     */
    public static String shortName(String name) {
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == ' ' || c == '.') {
                return name.substring(0, i) + "…";
            }
        }
        return name;
    }

    /** "same", "altered" or "absent". */
    public static String kind(ClaimCounterpart counterpart) {
        return counterpart.kind().name().toLowerCase(Locale.ROOT);
    }

    /** The changed words, one entry per change: "meaningful → important", "+ added words", "− dropped words". */
    public static List<String> changes(ClaimCounterpart counterpart) {
        List<String> out = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(counterpart.changes()).getAsJsonArray()) {
            JsonObject change = element.getAsJsonObject();
            String left = change.get("left").getAsString().strip();
            String right = change.get("right").getAsString().strip();
            if (left.isEmpty()) {
                out.add("+ " + right);
            } else if (right.isEmpty()) {
                out.add("− " + left);
            } else {
                out.add(left + " → " + right);
            }
        }
        return out;
    }

    /**
     * The words the counterpart writes otherwise that the difference rules make equal, one entry each:
     * "Kiev = Kyiv" (decision 1421).
     */
    public static List<String> equivalents(ClaimCounterpart counterpart) {
        List<String> out = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(counterpart.equivalents()).getAsJsonArray()) {
            JsonObject change = element.getAsJsonObject();
            out.add(change.get("left").getAsString().strip() + " = " + change.get("right").getAsString().strip());
        }
        return out;
    }

    /**
     * One counterpart for the editor: "The BOL News: altered — meaningful → important; called → described",
     * with the spellings the rules made equal after the changes ("003…: same — Kiev = Kyiv").
     */
    public static String line(ClaimCounterpart counterpart, String documentLabel) {
        String head = documentLabel + ": " + kind(counterpart);
        List<String> said = new ArrayList<>(changes(counterpart));
        said.addAll(equivalents(counterpart));
        return said.isEmpty() ? head : head + " — " + String.join("; ", said);
    }

    /**
     * All of a claim's counterparts in one cell, each article named by its outlet: "The BOL News: altered;
     * 002…: absent". Rejected ones are left out (as in the CSV export); confirmed ones carry a tick.
     */
    public static String summary(List<ClaimCounterpart> counterparts, LongFunction<String> documentLabel) {
        return counterparts.stream()
                .filter(c -> c.review() != ClaimCounterpart.Review.REJECTED)
                .map(c -> documentLabel.apply(c.documentId()) + ": " + kind(c)
                        + (c.review() == ClaimCounterpart.Review.CONFIRMED ? " ✓" : ""))
                .collect(Collectors.joining("; "));
    }
}
