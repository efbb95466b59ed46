package org.stemma.importing;

import org.stemma.platform.Messages;

import java.util.List;

/** How an import's outcomes read to the analyst, the same on the command line and in the window. */
public final class OutcomeText {

    private OutcomeText() {
    }

    /** What became of the file, without its path: "added as X", "duplicate of X", "refused: reason". */
    public static String verdict(FileOutcome outcome) {
        String note = outcome.note() == null ? "" : "; " + outcome.note();
        if (outcome instanceof FileOutcome.Added a) {
            return "added as " + Messages.oneLine(a.article().name()) + note;
        }
        if (outcome instanceof FileOutcome.NearTwin t) {
            return "added as " + Messages.oneLine(t.article().name()) + ", near twin of " + Messages.oneLine(t.of().name())
                    + " (" + Math.round(t.similarity() * 100) + "% of its text shared)" + note;
        }
        if (outcome instanceof FileOutcome.Updated u) {
            return "changed since it was imported: " + Messages.oneLine(u.article().name()) + " updated in place" + note;
        }
        if (outcome instanceof FileOutcome.Duplicate d) {
            return "duplicate of " + Messages.oneLine(d.of().name()) + ", not added again";
        }
        return "refused: " + ((FileOutcome.Refused) outcome).reason();
    }

    /** One line per file: its path, then its {@link #verdict}. */
    public static String line(FileOutcome outcome) {
        return Messages.quote(outcome.path()) + ": " + Messages.oneLine(verdict(outcome));
    }

    /** The totals, e.g. "3 added (1 near twin), 1 duplicate, 1 refused". */
    public static String total(ImportSummary summary) {
        String text = count(summary.added().size(), "added", "added")
                + (summary.nearTwins().isEmpty() ? "" : " (" + count(summary.nearTwins().size(), "near twin", "near twins") + ")")
                + (summary.updated().isEmpty() ? "" : ", " + count(summary.updated().size(), "updated", "updated"))
                + ", " + count(summary.duplicates().size(), "duplicate", "duplicates")
                + ", " + count(summary.refused().size(), "refused", "refused");
        long noted = summary.outcomes().stream().filter(o -> o.note() != null).count();
        if (noted > 0) {
            text += "; " + count((int) noted, "file", "files") + " with bytes that were not valid text, replaced by \uFFFD";
        }
        return summary.cancelled() ? text + "; cancelled, " + count(summary.notReached(), "file", "files") + " not read" : text;
    }

    /** The whole report: a line per file and the totals, for the terminal or the clipboard. */
    public static String report(ImportSummary summary) {
        StringBuilder out = new StringBuilder();
        List<FileOutcome> outcomes = summary.outcomes();
        outcomes.forEach(o -> out.append(line(o)).append('\n'));
        return out.append(total(summary)).append('\n').toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
