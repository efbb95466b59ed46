package org.stemma.ui.collation;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.collation.BaseChoice;
import org.stemma.collation.Collation;
import org.stemma.collation.Collator;
import org.stemma.collation.Witness;
import org.stemma.model.DerivationEdge;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.jobs.Job;
import org.stemma.ui.jobs.Jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * What to collate: a selection of articles, or a family with its stemma. {@link #start} works it out
 * through {@link Jobs} (reading each article's analysis, then aligning each witness to the base) with
 * progress and cancel; the base is the family's root, else the earliest dated, else the first.
 *
 * @param root      the index in {@code articles} of the family's root, or -1
 * @param familyIds for each article its member id in {@code edges}, or {@code null} for a plain selection
 */
public record CollationRequest(List<Article> articles, int root, List<Long> familyIds, List<DerivationEdge> edges) {

    /** The view model and, by collation column, the article each column is. */
    public record Collated(CollationViewModel model, List<Article> articles) {
    }

    public CollationRequest {
        articles = List.copyOf(articles);
        familyIds = familyIds == null ? null : List.copyOf(familyIds);
        edges = List.copyOf(edges);
    }

    public static CollationRequest of(List<Article> selection) {
        return new CollationRequest(selection, -1, null, List.of());
    }

    public Job<Collated> start(Jobs jobs) {
        return jobs.start("Collating " + articles.size() + " articles", this::run);
    }

    Collated run(Jobs.Progress progress) {
        int n = articles.size();
        long total = 2L * n;
        List<Witness> witnesses = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (progress.cancelled()) {
                throw new CancellationException("collation cancelled");
            }
            progress.update(i, total, "Reading " + articles.get(i).name());
            AnalyzedDocument doc = articles.get(i).analysis();
            Witness w = Witness.of(articles.get(i).name(), doc);
            String id = w.id();
            for (int k = 2; !used.add(id); k++) {
                id = w.id() + "-" + k;
            }
            witnesses.add(new Witness(id, w.label(), doc));
        }
        int base = witnesses.indexOf(BaseChoice.choose(witnesses, root >= 0 ? witnesses.get(root) : null));
        List<Integer> columns = new ArrayList<>(List.of(base));
        for (int i = 0; i < n; i++) {
            if (i != base) {
                columns.add(i);
            }
        }
        List<Witness> others = columns.subList(1, n).stream().map(witnesses::get).toList();
        Collation c = Collator.collate(witnesses.get(base), others, new Collator.Progress() {
            @Override
            public void aligned(int done, int all) {
                progress.update(n + done, total, "Aligned " + done + " of " + all + " witnesses to the base");
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        });
        List<Long> ids = familyIds == null ? null : columns.stream().map(familyIds::get).toList();
        return new Collated(new CollationViewModel(c, ids, edges), columns.stream().map(articles::get).toList());
    }
}
