package org.stemma.ui.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmokeTestTest {

    /** A window whose corpus appears when the test says so and whose comparison answers as told. */
    private static class FakeWindow implements SmokeTestable {
        volatile boolean loaded;
        final AtomicInteger comparisons = new AtomicInteger();
        final Supplier<CompletableFuture<Boolean>> answer;

        FakeWindow(Supplier<CompletableFuture<Boolean>> answer) {
            this.answer = answer;
        }

        @Override
        public boolean corpusLoaded() {
            return loaded;
        }

        @Override
        public CompletableFuture<Boolean> compareFirstTwo() {
            comparisons.incrementAndGet();
            return answer.get();
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void passesOnceTheShownWindowListsTheCorpusAndShowsAComparison() throws Exception {
        FakeWindow window = new FakeWindow(() -> CompletableFuture.supplyAsync(() -> true));
        SmokeTest test = new SmokeTest(Duration.ofSeconds(30));
        Stage stage = stage(true);
        FxToolkit.setupFixture(() -> test.drive(stage, window));

        Thread.sleep(300);
        assertFalse(test.outcome().isDone(), "must wait for the corpus");
        window.loaded = true;
        SmokeTest.Outcome outcome = test.outcome().get(20, TimeUnit.SECONDS);

        assertEquals(0, outcome.exitCode(), outcome.line());
        assertEquals(1, window.comparisons.get());
    }

    @Test
    void withFamiliesAskedForItWaitsForThemAndAWindowWithoutThemFails() throws Exception {
        System.setProperty("stemma.smokeFamilies", "true");
        try {
            CompletableFuture<Integer> families = new CompletableFuture<>();
            FakeWindow window = new FakeWindow(() -> CompletableFuture.completedFuture(true)) {
                @Override
                public CompletableFuture<Integer> familiesCaughtUp() {
                    return families;
                }
            };
            window.loaded = true;
            SmokeTest test = new SmokeTest(Duration.ofSeconds(30));
            Stage stage = stage(true);
            FxToolkit.setupFixture(() -> test.drive(stage, window));
            Thread.sleep(300);
            assertFalse(test.outcome().isDone(), "must wait for the families");
            families.complete(7);
            assertEquals(0, test.outcome().get(20, TimeUnit.SECONDS).exitCode());

            FakeWindow none = new FakeWindow(() -> CompletableFuture.completedFuture(true));
            none.loaded = true;
            SmokeTest.Outcome outcome = driven(none, Duration.ofSeconds(30));
            assertEquals("stemma: smoke test failed: catching up the families: this window has no families", outcome.line());
        } finally {
            System.clearProperty("stemma.smokeFamilies");
        }
    }

    @Test
    void aHiddenWindowIsNotTakenForAShownOne() throws Exception {
        FakeWindow window = new FakeWindow(() -> CompletableFuture.completedFuture(true));
        window.loaded = true;
        SmokeTest test = new SmokeTest(Duration.ofSeconds(30));
        Stage stage = stage(false);
        FxToolkit.setupFixture(() -> test.drive(stage, window));

        Thread.sleep(300);
        assertEquals(0, window.comparisons.get());
        FxToolkit.setupFixture(stage::show);

        assertEquals(0, test.outcome().get(20, TimeUnit.SECONDS).exitCode());
    }

    @Test
    void aComparisonThatShowsNothingFailsNamingTheStep() throws Exception {
        FakeWindow window = new FakeWindow(() -> CompletableFuture.completedFuture(false));
        window.loaded = true;

        SmokeTest.Outcome outcome = driven(window, Duration.ofSeconds(30));

        assertEquals(1, outcome.exitCode());
        assertEquals("stemma: smoke test failed: comparing the first two sample articles: no comparison was shown",
                outcome.line());
    }

    @Test
    void aComparisonThatThrowsFailsWithItsReasonOnOneLine() throws Exception {
        FakeWindow window = new FakeWindow(() -> CompletableFuture.failedFuture(
                new IllegalStateException("wrapper", new IllegalArgumentException("no sentences in 000.txt\n\tat somewhere"))));
        window.loaded = true;

        SmokeTest.Outcome outcome = driven(window, Duration.ofSeconds(30));

        assertEquals(1, outcome.exitCode());
        assertEquals("stemma: smoke test failed: comparing the first two sample articles: no sentences in 000.txt",
                outcome.line());
    }

    @Test
    void aWindowThatNeverListsTheCorpusTimesOutNamingTheStep() throws Exception {
        FakeWindow window = new FakeWindow(() -> CompletableFuture.completedFuture(true));

        SmokeTest.Outcome outcome = driven(window, Duration.ofSeconds(1));

        assertEquals(1, outcome.exitCode());
        assertEquals("stemma: smoke test failed: timed out after 1 s while waiting for the main window to list the sample corpus",
                outcome.line());
        assertEquals(0, window.comparisons.get());
    }

    @Test
    void aWindowThatNeverAttachesTimesOutSayingWhatIsMissing() throws Exception {
        SmokeTest test = new SmokeTest(Duration.ofSeconds(1));

        SmokeTest.Outcome outcome = test.outcome().get(20, TimeUnit.SECONDS);

        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.line().contains("must call SmokeTest.attach"), outcome.line());
    }

    private static SmokeTest.Outcome driven(FakeWindow window, Duration timeout) throws Exception {
        SmokeTest test = new SmokeTest(timeout);
        Stage stage = stage(true);
        FxToolkit.setupFixture(() -> test.drive(stage, window));
        return test.outcome().get(20, TimeUnit.SECONDS);
    }

    private static Stage stage(boolean shown) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(new Label("window"), 200, 100));
            if (shown) {
                stage.show();
            }
        });
        return stage;
    }
}
