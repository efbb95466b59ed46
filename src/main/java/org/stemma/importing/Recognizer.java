package org.stemma.importing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tells, during one import, whether an article is already held (a duplicate) or nearly so (a near twin). */
public interface Recognizer {

    /** The held article with this {@link ContentKey}, if any. */
    Optional<KnownArticle> duplicate(String contentKey);

    /** The held article of which {@code article} is a near twin ({@link NearTwins#THRESHOLD}), if any. */
    Optional<NearTwins.Match<KnownArticle>> nearTwin(ImportedArticle article);

    /** The held article imported before from this very file, if the library knows (for re-import in place). */
    default Optional<KnownArticle> importedFrom(Path file) {
        return Optional.empty();
    }

    /** Remembers an article this import added, so the next files are checked against it too. */
    void added(KnownArticle known, String contentKey, ImportedArticle article);

    /** Recognises from the texts: content keys and 4-gram shingles computed for every held article. */
    static Recognizer of(List<KnownArticle> held) {
        Map<String, KnownArticle> byKey = new HashMap<>();
        NearTwins<KnownArticle> twins = new NearTwins<>();
        for (KnownArticle known : held) {
            byKey.putIfAbsent(ContentKey.of(known.text()), known);
            twins.add(known, known.text());
        }
        return new Recognizer() {
            @Override
            public Optional<KnownArticle> duplicate(String contentKey) {
                return Optional.ofNullable(byKey.get(contentKey));
            }

            @Override
            public Optional<NearTwins.Match<KnownArticle>> nearTwin(ImportedArticle article) {
                return twins.nearest(article.document().text());
            }

            @Override
            public void added(KnownArticle known, String contentKey, ImportedArticle article) {
                byKey.put(contentKey, known);
                twins.add(known, article.document().text());
            }
        };
    }
}
