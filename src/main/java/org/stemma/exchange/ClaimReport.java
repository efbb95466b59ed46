package org.stemma.exchange;

import org.stemma.analysis.Analyzer;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.findings.Finding;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A claim as one HTML page to send (decision record 1203): its passage, tags, status and note, the article
 * it was marked in, and every article that carries it with that article's wording, the changed words
 * marked, disguised characters shown with their code points, and the analyst's review.
 */
public final class ClaimReport {

    private ClaimReport() {
    }

    /** {@code e} must hold the texts of the claim's article and of those carrying it ({@link Evidence#readForClaim}). */
    public static String html(Evidence e, Claim claim) {
        StoredDocument marked = e.withText(claim.documentId());
        StringBuilder b = new StringBuilder(16384);
        String title = "Claim: " + shortText(claim.anchor().exact());
        Html.head(b, title);
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        b.append("<p class=\"passage\">").append(Html.marked(marked.text(), span(claim), List.of(),
                disguises(marked), "del")).append("</p>\n");
        b.append("<table class=\"facts\">\n<tr><th>Status</th><td>").append(Html.esc(claim.status().label()))
                .append("</td></tr>\n<tr><th>Tags</th><td>");
        for (Tag tag : claim.tags()) {
            b.append("<span class=\"tag\" style=\"border-color:").append(tag.colour()).append(";background:")
                    .append(tag.colour()).append("33\">").append(Html.esc(tag.name())).append("</span>");
        }
        b.append("</td></tr>\n<tr><th>Note</th><td style=\"white-space:pre-wrap\">")
                .append(claim.note().isBlank() ? "<span class=\"muted\">none</span>" : Html.esc(claim.note()))
                .append("</td></tr>\n<tr><th>Offsets</th><td>").append(claim.anchor().start()).append("–")
                .append(claim.anchor().end()).append("</td></tr>\n<tr><th>Created</th><td>").append(claim.created())
                .append("</td></tr>\n<tr><th>Modified</th><td>").append(claim.modified()).append("</td></tr>\n</table>\n");
        b.append("<h2>Marked in ").append(Html.esc(Evidence.label(marked.header()))).append("</h2>\n");
        Html.facts(b, marked.document(), marked.source().path());

        List<ClaimCounterpart> all = e.counterparts(claim.id());
        List<ClaimCounterpart> carrying = e.carrying(claim.id());
        b.append("<h2>Carried by ").append(carrying.size()).append(carrying.size() == 1 ? " other article" : " other articles")
                .append(" of ").append(all.size()).append("</h2>\n");
        b.append("<table class=\"list\"><tr><th>Article</th><th>What became of it</th><th>Wording there</th><th>Review</th></tr>\n");
        for (ClaimCounterpart c : carrying) {
            StoredDocument d = e.withText(c.documentId());
            List<Evidence.ChangedWords> changes = Evidence.changes(c);
            String date = d.document().metadata().date();
            b.append("<tr><td>").append(Html.esc(Evidence.label(d.header())));
            if (d.document().metadata().title() != null) {
                b.append("<br/><span class=\"muted\">").append(Html.esc(d.document().metadata().title().strip())).append("</span>");
            }
            if (date != null) {
                b.append("<br/><span class=\"muted\">").append(Html.esc(date)).append("</span>");
            }
            b.append("</td><td class=\"kind\">").append(Evidence.kind(c));
            for (Evidence.ChangedWords w : changes) {
                b.append("<br/><del>").append(Html.esc(w.left())).append("</del> → <ins>").append(Html.esc(w.right()))
                        .append("</ins>");
            }
            b.append("</td><td style=\"white-space:pre-wrap\">").append(Html.marked(d.text(), c.span(),
                    changes.stream().map(Evidence.ChangedWords::rightSpan).toList(), disguises(d), "ins"));
            b.append("</td><td class=\"kind\">").append(Evidence.review(c)).append("</td></tr>\n");
        }
        b.append("</table>\n");
        List<ClaimCounterpart> absent = all.stream().filter(c -> c.span() == null).toList();
        if (!absent.isEmpty()) {
            b.append("<p class=\"muted\">Not found in: ");
            for (int i = 0; i < absent.size(); i++) {
                b.append(i == 0 ? "" : "; ").append(Html.esc(Evidence.label(e.document(absent.get(i).documentId()))));
            }
            b.append(".</p>\n");
        }
        Html.foot(b, "Made by Stemma on " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " from the project "
                + e.projectName() + ".");
        return b.toString();
    }

    private static List<Finding> disguises(StoredDocument d) {
        return Analyzer.analyze(d.document()).findings().stream().filter(Finding::isDisguise).toList();
    }

    private static Span span(Claim claim) {
        return new Span(claim.anchor().start(), claim.anchor().end());
    }

    private static String shortText(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= 90 ? line : line.substring(0, line.offsetByCodePoints(0, 89)) + "…";
    }
}
