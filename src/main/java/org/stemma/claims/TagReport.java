package org.stemma.claims;

import org.stemma.model.Claim;
import org.stemma.model.Tag;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.DocumentHeader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the project's claims fall under its tags: claims per tag, per article and per outlet, and the
 * tags claims carry together. Counts are rolled up the tree: a claim tagged with a child counts under
 * the child and under every tag above it, once (decision 1430). Immutable; made from what the project
 * holds at one moment.
 */
public record TagReport(List<TagCount> tags, List<ArticleCount> articles, List<OutletCount> outlets,
                        List<CoOccurrence> coOccurrences) {

    /**
     * @param direct   claims that carry the tag itself
     * @param claims   claims that carry it or a tag below it
     * @param articles articles those claims are in
     * @param outlets  outlets of those articles (articles that name none are not counted)
     */
    public record TagCount(Tag tag, String path, int depth, int direct, int claims, int articles, int outlets) {
    }

    /** @param claims the article's claims under the tag (rolled up) */
    public record ArticleCount(long documentId, String article, String outlet, Tag tag, String path, int claims) {
    }

    /**
     * @param outlet   empty for articles that name no outlet
     * @param claims   claims under the tag in the outlet's articles (rolled up)
     * @param articles the outlet's articles with such a claim
     */
    public record OutletCount(String outlet, Tag tag, String path, int claims, int articles) {
    }

    /** Claims under both tags (rolled up); a tag and one above or below it are not paired. */
    public record CoOccurrence(Tag first, String firstPath, Tag second, String secondPath, int claims) {
    }

    public TagReport {
        tags = List.copyOf(tags);
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        coOccurrences = List.copyOf(coOccurrences);
    }

    /**
     * Reads the project in one read transaction and counts. The articles are read as headers: the report
     * needs their names, titles and outlets, never their texts (57 MB at 10,000 articles).
     */
    public static TagReport of(ProjectFile project) throws ProjectException {
        return project.view(() -> of(project.tags().list(), project.claims().list(), project.documents().headers()));
    }

    public static TagReport of(Collection<Tag> tagList, Collection<Claim> claims, Collection<DocumentHeader> documents) {
        TagTree tree = new TagTree(tagList);
        List<Tag> ordered = tree.ordered();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).id(), i);
        }
        Map<Long, DocumentHeader> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));

        Map<Long, Integer> direct = new HashMap<>();
        Map<Long, Integer> rolled = new HashMap<>();
        Map<Long, Set<Long>> articlesOf = new HashMap<>();
        Map<Long, Set<String>> outletsOf = new HashMap<>();
        Map<Long, Map<Long, Integer>> perArticle = new HashMap<>();
        Map<Long, Map<String, Integer>> perOutletClaims = new HashMap<>();
        Map<Long, Map<String, Set<Long>>> perOutletArticles = new HashMap<>();
        Map<Long, Map<Long, Integer>> together = new HashMap<>();

        for (Claim claim : claims) {
            DocumentHeader doc = docs.get(claim.documentId());
            String outlet = doc == null ? "" : outlet(doc);
            Set<Long> carried = new LinkedHashSet<>();
            for (Tag t : claim.tags()) {
                if (rank.containsKey(t.id())) {
                    direct.merge(t.id(), 1, Integer::sum);
                    tree.withAncestors(t.id()).forEach(a -> carried.add(a.id()));
                }
            }
            for (long t : carried) {
                rolled.merge(t, 1, Integer::sum);
                articlesOf.computeIfAbsent(t, k -> new HashSet<>()).add(claim.documentId());
                if (!outlet.isEmpty()) {
                    outletsOf.computeIfAbsent(t, k -> new HashSet<>()).add(outlet);
                }
                perArticle.computeIfAbsent(claim.documentId(), k -> new HashMap<>()).merge(t, 1, Integer::sum);
                perOutletClaims.computeIfAbsent(t, k -> new HashMap<>()).merge(outlet, 1, Integer::sum);
                perOutletArticles.computeIfAbsent(t, k -> new HashMap<>())
                        .computeIfAbsent(outlet, k -> new HashSet<>()).add(claim.documentId());
            }
            List<Long> list = carried.stream().sorted(Comparator.comparing(rank::get)).toList();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    long a = list.get(i);
                    long b = list.get(j);
                    if (!tree.withDescendants(a).contains(b) && !tree.withDescendants(b).contains(a)) {
                        together.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
        }

        List<TagCount> tagCounts = new ArrayList<>();
        for (Tag t : ordered) {
            tagCounts.add(new TagCount(t, tree.path(t.id()), tree.depth(t.id()), direct.getOrDefault(t.id(), 0),
                    rolled.getOrDefault(t.id(), 0), articlesOf.getOrDefault(t.id(), Set.of()).size(),
                    outletsOf.getOrDefault(t.id(), Set.of()).size()));
        }

        List<ArticleCount> articleCounts = new ArrayList<>();
        documents.stream().filter(d -> perArticle.containsKey(d.id()))
                .sorted(Comparator.comparing(TagReport::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(DocumentHeader::id))
                .forEach(d -> {
                    Map<Long, Integer> counts = perArticle.get(d.id());
                    for (Tag t : ordered) {
                        Integer n = counts.get(t.id());
                        if (n != null) {
                            articleCounts.add(new ArticleCount(d.id(), title(d), outlet(d), t, tree.path(t.id()), n));
                        }
                    }
                });

        Map<String, List<OutletCount>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Tag t : ordered) {
            perOutletClaims.getOrDefault(t.id(), Map.of()).forEach((outlet, n) -> byOutlet
                    .computeIfAbsent(outlet, k -> new ArrayList<>())
                    .add(new OutletCount(outlet, t, tree.path(t.id()), n,
                            perOutletArticles.get(t.id()).get(outlet).size())));
        }
        List<OutletCount> outletCounts = new ArrayList<>();
        byOutlet.values().forEach(outletCounts::addAll);

        List<CoOccurrence> pairs = new ArrayList<>();
        together.forEach((a, with) -> with.forEach((b, n) -> pairs.add(new CoOccurrence(tree.get(a).orElseThrow(),
                tree.path(a), tree.get(b).orElseThrow(), tree.path(b), n))));
        pairs.sort(Comparator.comparingInt(CoOccurrence::claims).reversed()
                .thenComparing(p -> rank.get(p.first().id())).thenComparing(p -> rank.get(p.second().id())));

        return new TagReport(tagCounts, articleCounts, outletCounts, pairs);
    }

    /** The article's title, or its file name when it states none. */
    static String title(DocumentHeader d) {
        String title = d.metadata().title();
        return title == null || title.isBlank() ? d.name() : title;
    }

    private static String outlet(DocumentHeader d) {
        String outlet = d.metadata().outlet();
        return outlet == null ? "" : outlet;
    }
}
