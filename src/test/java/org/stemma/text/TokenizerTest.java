package org.stemma.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private static List<String> forms(String text) {
        return Tokenizer.tokens(text, 0, text.length()).stream().map(Token::form).toList();
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Putin’s “war”, 46,000 dead.";
        List<Token> tokens = Tokenizer.tokens(text, 0, text.length());
        assertEquals(List.of("Putin’s", "war", "46,000", "dead"),
                tokens.stream().map(t -> text.substring(t.start(), t.end())).toList());
        assertEquals(List.of("putin's", "war", "46,000", "dead"), tokens.stream().map(Token::form).toList());
    }

    @Test
    void comparisonFormFoldsWhatAReaderDoesNotSee() {
        assertEquals(forms("Kazakhstan office KAZAKHSTAN Putin's"),
                forms("Kaz\u0430khstan o\uFB03ce \uFF2B\uFF21\uFF3A\uFF21\uFF2B\uFF28\uFF33\uFF34\uFF21\uFF2E Putin\u2019s"));
    }

    @Test
    void invisibleCharactersInsideAWordNeitherSplitNorChangeIt() {
        String hidden = "Kaz\u200Bakh\u00ADstan";
        List<Token> tokens = Tokenizer.tokens(hidden, 0, hidden.length());
        assertEquals(1, tokens.size());
        assertEquals("kazakhstan", tokens.get(0).form());
    }

    @Test
    void hyphensSplitWords() {
        assertEquals(List.of("post", "soviet", "anti", "war"), forms("post-Soviet anti–war"));
    }

    @Test
    void accentsAreADifferenceAReaderSees() {
        assertEquals(List.of("résumé", "resume"), forms("résumé resume"));
    }
}
