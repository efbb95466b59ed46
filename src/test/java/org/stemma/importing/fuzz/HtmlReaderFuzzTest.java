package org.stemma.importing.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the web page reader (see {@link ReaderFuzzing}): `mvn verify` replays the seeds and past findings in
 * src/test/resources/org/stemma/importing/fuzz/HtmlReaderFuzzTestInputs; with JAZZER_FUZZ=1 it fuzzes for
 * the time given (see .ci/run).
 */
class HtmlReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void anyBytesAreReadOrRefusedInOneLine(byte[] bytes) {
        ReaderFuzzing.read(bytes, "page.html");
    }
}
