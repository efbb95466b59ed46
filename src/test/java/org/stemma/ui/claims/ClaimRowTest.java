package org.stemma.ui.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    void aPassageIsShownOnOneLine() {
        assertEquals("RUSSIA has begun to lose support", ClaimRow.oneLine("RUSSIA has\r\nbegun  to\tlose\n\nsupport"));
        assertEquals("no\u00A0break stays", ClaimRow.oneLine("no\u00A0break stays"));
        assertEquals("", ClaimRow.oneLine(""));
    }
}
