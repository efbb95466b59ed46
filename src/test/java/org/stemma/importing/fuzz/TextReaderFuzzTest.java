package org.stemma.importing.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the plain text reader (decoding and the shape checks) (see {@link ReaderFuzzing}): `mvn verify` replays the seeds and past findings in
 * src/test/resources/org/stemma/importing/fuzz/TextReaderFuzzTestInputs; with JAZZER_FUZZ=1 it fuzzes for
 * the time given (see .ci/run).
 */
class TextReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void anyBytesAreReadOrRefusedInOneLine(byte[] bytes) {
        ReaderFuzzing.read(bytes, "article.txt");
    }
}
