package org.stemma.ui.claims;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimRowTest {

    @Test
    void cellsLoweredOneByOneReadAsTheRowLoweredWhole() {
        List<String> cells = List.of("ΟΔΟΣ", "ΟΔΟΣ Σ", "Σ", "İstanbul", "Москва", "…", "Straße", "ΣΑΣ.", "");
        for (String a : cells) {
            for (String b : cells) {
                for (String c : cells) {
                    assertEquals(String.join("\n", a, b, c).toLowerCase(java.util.Locale.ROOT),
                            String.join("\n", a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT),
                                    c.toLowerCase(java.util.Locale.ROOT)), a + "|" + b + "|" + c);
                }
            }
        }
    }

    @Test
    void oneLineIsTheRegexReplacement() {
        for (String text : List.of("", " ", "a", "a b", "a  b", "a\nb", "a \r\n b", "\ta\t", "Москва\u000B\fкремль",
                "no\u00A0break", "a\u2028b", "😬  x")) {
            assertEquals(text.replaceAll("\\s+", " "), ClaimRow.oneLine(text), text);
        }
        Random random = new Random(3);
        String alphabet = "ab \t\n\r\u000B\f\u00A0\u2003é";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(s.toString().replaceAll("\\s+", " "), ClaimRow.oneLine(s.toString()), s.toString());
        }
    }
}
