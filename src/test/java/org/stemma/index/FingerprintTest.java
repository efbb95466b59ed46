package org.stemma.index;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {

    @Test
    void encodesAndDecodesAndReadsTheFirstEncodingWithoutBandKeys() {
        Fingerprint f = Fingerprint.of(Seeds.analyzed(Seeds.S000));
        byte[] bytes = f.encode();
        assertTrue(Fingerprint.isCurrent(bytes));
        assertEquals(f, Fingerprint.decode(bytes));

        ByteBuffer first = ByteBuffer.allocate(12 + 4 * (f.words().length + f.trigrams().length + f.marks().length));
        first.putInt(f.words().length).putInt(f.trigrams().length).putInt(f.marks().length);
        for (int[] part : new int[][] {f.words(), f.trigrams(), f.marks()}) {
            for (int v : part) {
                first.putInt(v);
            }
        }
        assertFalse(Fingerprint.isCurrent(first.array()));
        assertEquals(f, Fingerprint.decode(first.array()), "the band keys are computed from the 3-grams");
    }

    @Test
    void lookAlikeLettersMakeNoDifference() {
        assertEquals(Fingerprint.ofPassage("Kazakhstan postpones Victory Day"),
                Fingerprint.ofPassage("Kaz\u0430khst\u0430n p\u043Estpones Victory Day"));
    }
}
