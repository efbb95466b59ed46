package org.stemma.importing.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the PDF reader (see {@link ReaderFuzzing}): `mvn verify` replays the seeds and past findings in
 * src/test/resources/org/stemma/importing/fuzz/PdfReaderFuzzTestInputs; with JAZZER_FUZZ=1 it fuzzes for
 * the time given (see .ci/run).
 */
class PdfReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void anyBytesAreReadOrRefusedInOneLine(byte[] bytes) {
        ReaderFuzzing.read(bytes, "article.pdf");
    }
}
