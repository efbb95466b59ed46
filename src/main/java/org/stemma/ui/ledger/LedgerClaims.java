package org.stemma.ui.ledger;

import org.stemma.claims.ClaimDraft;
import org.stemma.facts.FactGroup;
import org.stemma.model.ClaimStatus;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;
import org.stemma.quotes.WordChange;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The claim a ledger row is tagged as: anchored at the quotation (or the sentence stating the fact) in the
 * row's article, its status saying what the ledger found, its note the change ("meaningful → important in
 * The BOL News (000_….txt)"), for the analyst to check. No tags: the analyst adds them in the editor.
 */
final class LedgerClaims {

    private LedgerClaims() {
    }

    /** @param member the row's wording, or null for the entry's row (its reference wording) */
    static ClaimDraft quotation(LedgerEntry entry, Member member, LongFunction<String> article) {
        Member at = member != null ? member : entry.reference() != null ? entry.reference() : entry.members().get(0);
        ClaimStatus status = entry.has(LedgerEntry.Flag.ALTERED) ? ClaimStatus.ALTERED : ClaimStatus.OPEN;
        return new ClaimDraft(0, at.document(), at.span(), List.of(), status, note(entry, article), Map.of());
    }

    /** Each wording that differs from the reference, with its changed words or else its flags. */
    static String note(LedgerEntry entry, LongFunction<String> article) {
        List<String> lines = new ArrayList<>();
        for (Member m : entry.members()) {
            if (m == entry.reference() || (m.changes().isEmpty() && m.flags().isEmpty())) {
                continue;
            }
            String what = m.changes().isEmpty() ? flags(m.flags())
                    : m.changes().stream().map(LedgerClaims::change).collect(Collectors.joining(", "));
            lines.add(what + " in " + article.apply(m.document()));
        }
        String speaker = entry.speaker() == null ? "" : "Quotation of " + entry.speaker() + ". ";
        return lines.isEmpty() ? speaker + "The same wording in every article that carries it."
                : speaker + String.join("; ", lines);
    }

    private static String change(WordChange c) {
        if (c.left().isEmpty()) {
            return "added “" + c.right() + "”";
        }
        if (c.right().isEmpty()) {
            return "dropped “" + c.left() + "”";
        }
        return c.left() + " → " + c.right();
    }

    private static String flags(Set<LedgerEntry.Flag> flags) {
        return flags.stream().sorted().map(f -> f == LedgerEntry.Flag.INDIRECT ? "turned indirect"
                : f == LedgerEntry.Flag.REATTRIBUTED ? "re-attributed" : f.id()).collect(Collectors.joining(", "));
    }

    /**
     * A fact's claim, anchored at the sentence stating it: a bare "46,000" is too short to be found again in
     * the other articles. A discrepancy is disputed until the analyst has checked it.
     *
     * @param member the row's statement, or null for the group's row (its first statement)
     */
    static ClaimDraft fact(FactGroup group, FactGroup.Member member, Map<FactGroup.Member, Span> sentences,
                           LongFunction<String> article) {
        FactGroup.Member at = member != null ? member : group.members().get(0);
        ClaimStatus status = group.flags().contains(FactGroup.Flag.DISCREPANCY) ? ClaimStatus.DISPUTED : ClaimStatus.OPEN;
        Span span = sentences.getOrDefault(at, at.fact().span());
        return new ClaimDraft(0, at.document(), span, List.of(), status, note(group, article), Map.of());
    }

    /** "five thousand in A; 5,000 in B (written differently)". */
    static String note(FactGroup group, LongFunction<String> article) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (FactGroup.Member m : group.members()) {
            List<String> in = byText.computeIfAbsent(m.fact().text(), t -> new ArrayList<>());
            String name = article.apply(m.document());
            if (!in.contains(name)) {
                in.add(name);
            }
        }
        String stated = byText.entrySet().stream().map(e -> e.getKey() + " in " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
        String flags = group.flags().stream().sorted().map(FactGroup.Flag::id).collect(Collectors.joining(", "));
        return stated + (flags.isEmpty() ? "" : " (" + flags.replace('-', ' ') + ")");
    }
}
