package org.stemma.analysis;

import org.stemma.corpus.Document;
import org.stemma.findings.Finding;
import org.stemma.text.Sentence;
import org.stemma.text.Span;

import java.util.List;

/**
 * A document with its paragraphs, sentences (with words) and findings: everything the aligner and the
 * views need, computed once.
 */
public record AnalyzedDocument(Document document, List<Span> paragraphs, List<Sentence> sentences,
                               List<Finding> findings) {
    public AnalyzedDocument {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        findings = List.copyOf(findings);
    }

    public String text() {
        return document.text();
    }

    public List<Finding> findings(Finding.Type type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    /** The findings of one kind, as that kind: {@code findings(Homoglyph.class)}. */
    public <T extends Finding> List<T> findings(Class<T> kind) {
        return findings.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
