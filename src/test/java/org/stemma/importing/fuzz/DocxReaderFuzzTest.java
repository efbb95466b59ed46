package org.stemma.importing.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the Word (.docx) reader (see {@link ReaderFuzzing}): `mvn verify` replays the seeds and past findings in
 * src/test/resources/org/stemma/importing/fuzz/DocxReaderFuzzTestInputs; with JAZZER_FUZZ=1 it fuzzes for
 * the time given (see .ci/run).
 */
class DocxReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void anyBytesAreReadOrRefusedInOneLine(byte[] bytes) {
        ReaderFuzzing.read(bytes, "article.docx");
    }
}
