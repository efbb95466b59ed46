package org.stemma.analysis;

import org.stemma.corpus.Document;
import org.stemma.findings.BoilerplateDetector;
import org.stemma.findings.DisguiseDetector;
import org.stemma.findings.Finding;
import org.stemma.findings.Furniture;
import org.stemma.text.Segmenter;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;
import org.stemma.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/** The analysis chain: paragraphs, words, findings, then sentences marked as article or furniture. */
public final class Analyzer {

    /**
     * The engine's version, stored with every persisted analysis: raise it whenever segmentation,
     * tokens, comparison forms, findings or furniture marking change what they produce, so that projects
     * analyse their articles again instead of trusting an older engine's result.
     */
    public static final int VERSION = 1;

    private Analyzer() {
    }

    public static AnalyzedDocument analyze(Document document) {
        String text = document.text();
        List<Span> paragraphs = Segmenter.paragraphs(text);
        List<List<Token>> paragraphTokens = new ArrayList<>(paragraphs.size());
        List<Token> allTokens = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer();
        for (Span paragraph : paragraphs) {
            List<Token> tokens = tokenizer.words(text, paragraph.start(), paragraph.end());
            paragraphTokens.add(tokens);
            allTokens.addAll(tokens);
        }
        List<Furniture> boilerplate = BoilerplateDetector.detect(text, paragraphs, paragraphTokens);
        List<Finding> findings = new ArrayList<>(DisguiseDetector.detect(text, allTokens));
        findings.addAll(boilerplate);
        findings.sort((a, b) -> a.span().compareTo(b.span()));

        List<Sentence> sentences = new ArrayList<>();
        int b = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            while (b < boilerplate.size() && boilerplate.get(b).start() < paragraph.start()) {
                b++;
            }
            boolean furniture = b < boilerplate.size() && boilerplate.get(b).span().equals(paragraph);
            List<Token> tokens = paragraphTokens.get(p);
            int t = 0;
            for (Span s : Segmenter.sentences(text, paragraph)) {
                while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                    t++;
                }
                int first = t;
                while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                    t++;
                }
                if (t > first) {
                    sentences.add(new Sentence(s, p, tokens.subList(first, t), furniture));
                }
            }
        }
        return new AnalyzedDocument(document, paragraphs, sentences, findings);
    }
}
