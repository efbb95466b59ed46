package org.stemma.store;

import org.stemma.text.Span;
import org.stemma.text.Token;
import org.stemma.text.Tokenizer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over the articles of a project (SQLite FTS5, decision record 0912). What is indexed
 * is each article's words in their comparison form, so a query for "Kazakhstan" finds "Kazаkhstan"
 * spelt with a Cyrillic а; hits are mapped back to offsets in the original text by the same tokenizer.
 * Kept in step with the documents: a document is indexed in the transaction that adds it.
 */
public final class SearchStore {

    /** Marks FTS5 puts around each hit in the folded text. */
    private static final String OPEN = "\u0001";
    private static final String CLOSE = "\u0002";
    private static final int CONTEXT = 70;

    /**
     * One article that matches.
     *
     * @param hits    how many places match
     * @param places  where, as offsets into the original text, in text order
     * @param snippet the original text around the first place, on one line
     */
    public record Hit(long documentId, String name, int hits, List<Span> places, String snippet) {
        public Hit {
            places = List.copyOf(places);
        }
    }

    private final ProjectFile project;

    SearchStore(ProjectFile project) {
        this.project = project;
    }

    /**
     * The articles matching {@code query}, best first (FTS5's bm25 rank), at most {@code limit}. Words
     * are folded as in comparison; all must occur, and a query in double quotes is one phrase.
     */
    public List<Hit> search(String query, int limit) throws ProjectException {
        return search(query, limit, true);
    }

    /**
     * As {@link #search(String, int)}; without {@code everyPlace} each hit's {@code places} holds only the
     * first place (the one the snippet shows and a list opens), which spares tokenizing whole articles.
     */
    public List<Hit> search(String query, int limit, boolean everyPlace) throws ProjectException {
        String match = matchExpression(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return project.read(c -> {
            // Ranked first, by the index alone (bm25); then only the articles listed are read and highlighted,
            // each by its row id. In one statement with ORDER BY ... LIMIT, every matching article was read
            // and highlighted before the sort (decision record 0922).
            List<Long> ranked = Statements.query(c, "SELECT rowid FROM document_search WHERE document_search MATCH ? "
                    + "ORDER BY rank LIMIT ?", rs -> rs.getLong(1), match, limit);
            List<Object[]> rows = new ArrayList<>(ranked.size());
            for (long id : ranked) {
                Statements.first(c, "SELECT d.name, d.text, highlight(document_search, 0, ?, ?) FROM document_search s "
                                + "JOIN document d ON d.id = s.rowid WHERE document_search MATCH ? AND s.rowid = ?",
                        rs -> new Object[] {id, rs.getString(1), rs.getString(2), rs.getString(3)}, OPEN, CLOSE, match, id)
                        .ifPresent(rows::add);
            }
            List<Hit> hits = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                hits.add(hit((Long) r[0], (String) r[1], (String) r[2], (String) r[3], everyPlace));
            }
            return hits;
        });
    }

    /** The words of a text as FTS5 indexes them: comparison forms, letters and digits only, one space apart. */
    static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (Token t : searchTokens(text)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(t.form());
        }
        return out.toString();
    }

    /**
     * The text's words as search sees them, with their offsets: the tokenizer's words, split at an
     * apostrophe so that "Kazakhstan’s" is found by "Kazakhstan", each in letters and digits only.
     */
    static List<Token> searchTokens(String text) {
        return searchTokens(text, text.length());
    }

    /** The search words of {@code text} before {@code end} (which should fall between words). */
    private static List<Token> searchTokens(String text, int end) {
        List<Token> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(text, 0, end)) {
            String[] forms = t.form().split("'");
            List<Span> parts = apostropheParts(text, t.start(), t.end());
            if (forms.length == parts.size()) {
                for (int i = 0; i < forms.length; i++) {
                    String f = searchForm(forms[i]);
                    if (!f.isEmpty()) {
                        out.add(new Token(parts.get(i).start(), parts.get(i).end(), f));
                    }
                }
            } else {
                String f = searchForm(t.form());
                if (!f.isEmpty()) {
                    out.add(new Token(t.start(), t.end(), f));
                }
            }
        }
        return out;
    }

    private static List<Span> apostropheParts(String text, int start, int end) {
        List<Span> parts = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u02BC') {
                parts.add(new Span(from, i));
                from = i + 1;
            }
        }
        parts.add(new Span(from, end));
        return parts;
    }

    /** Indexes a document just added; runs inside the adding transaction. */
    static void added(Connection c, long documentId, String text) throws SQLException {
        Statements.update(c, "INSERT INTO document_search (rowid, folded) VALUES (?, ?)", documentId, folded(text));
    }

    /** Indexes every document of a file that had no search index (on migration to version 4). */
    static void fill(Connection c) throws SQLException {
        for (Object[] d : Statements.query(c, "SELECT id, text FROM document ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
            added(c, (Long) d[0], (String) d[1]);
        }
    }

    private static String matchExpression(String query) {
        String q = query.strip();
        boolean phrase = q.length() > 1 && q.startsWith("\"") && q.endsWith("\"");
        List<String> words = new ArrayList<>();
        for (Token t : searchTokens(q)) {
            words.add(t.form());
        }
        if (words.isEmpty()) {
            return "";
        }
        // Forms hold only letters and digits, so quoting each cannot break the FTS5 syntax.
        return phrase ? "\"" + String.join(" ", words) + "\"" : "\"" + String.join("\" \"", words) + "\"";
    }

    private static String searchForm(String form) {
        StringBuilder b = new StringBuilder(form.length());
        form.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Maps the marked words of the folded text to the original's offsets by tokenizing it again. */
    private static Hit hit(long id, String name, String text, String highlighted, boolean everyPlace) {
        List<int[]> marked = new ArrayList<>();
        int word = 0;
        int openedAt = -1;
        boolean inWord = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char ch = highlighted.charAt(i);
            if (ch == OPEN.charAt(0)) {
                openedAt = word;
            } else if (ch == CLOSE.charAt(0)) {
                marked.add(new int[] {openedAt, word - (inWord ? 0 : 1)});
            } else if (ch == ' ') {
                if (inWord) {
                    word++;
                }
                inWord = false;
            } else {
                inWord = true;
            }
        }
        int count = marked.size();
        if (!everyPlace && count > 1) {
            marked = marked.subList(0, 1);
        }
        List<Token> tokens = marked.isEmpty() ? List.of() : wordsThrough(text, marked.get(marked.size() - 1)[1]);
        List<Span> places = new ArrayList<>();
        for (int[] m : marked) {
            if (m[0] >= 0 && m[1] < tokens.size() && m[0] <= m[1]) {
                places.add(new Span(tokens.get(m[0]).start(), tokens.get(m[1]).end()));
            }
        }
        return new Hit(id, name, everyPlace ? places.size() : count, places,
                places.isEmpty() ? "" : snippet(text, places.get(0)));
    }

    /** The search words of {@code text} up to word number {@code last} at least, tokenizing no further than needed. */
    private static List<Token> wordsThrough(String text, int last) {
        for (int bound = 4096; bound < text.length(); bound *= 2) {
            int cut = bound;
            while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
                cut++;
            }
            List<Token> tokens = searchTokens(text, cut);
            if (tokens.size() > last) {
                return tokens;
            }
        }
        return searchTokens(text);
    }

    private static String snippet(String text, Span place) {
        int from = Math.max(0, place.start() - CONTEXT);
        int to = Math.min(text.length(), place.end() + CONTEXT);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && place.start() - from < CONTEXT + 20) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - place.end() < CONTEXT + 20) {
            to++;
        }
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }
}
