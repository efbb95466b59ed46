package org.stemma.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.stage.Stage;
import org.stemma.ui.corpus.Projects;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code stemma --smoke-test}: proves that an installed Stemma works. It starts the real window, waits
 * until it is shown with the sample corpus listed, compares two sample articles through
 * {@link SmokeTestable}, and exits 0. Any failure exits 1 with one line on stderr naming the step that
 * failed; a watchdog ends a run that hangs, so CI never waits forever.
 */
public final class SmokeTest {

    public static final String FLAG = "--smoke-test";

    /**
     * Generous: a cold start on a busy two-core CI machine takes a few seconds, not a minute. A benchmark
     * on a loaded machine may allow more ({@code -Dstemma.smokeTimeout=SECONDS}).
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("stemma.smokeTimeout", 60));

    /** How the run ended: the exit code and the line that says why. */
    record Outcome(int exitCode, String line) {
    }

    private static volatile SmokeTest running;

    private final Duration timeout;
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private volatile String step = "starting the window (StemmaApp.start must call SmokeTest.attach)";
    private volatile String corpus = "the sample corpus";

    SmokeTest(Duration timeout) {
        this.timeout = timeout;
        outcome.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs Stemma under the smoke test, on the sample corpus or on the project named in {@code args} (how
     * bench/corpus.sh times a large project's start-up). Never returns: the JVM exits with the verdict.
     */
    public static void run(List<String> args) {
        SmokeTest test = new SmokeTest(TIMEOUT);
        Path project = Projects.fromArguments(args);
        test.corpus = project == null ? "the sample corpus" : String.valueOf(project.getFileName());
        running = test;
        test.outcome().thenAccept(SmokeTest::exit);
        try {
            Application.launch(StemmaApp.class, args.toArray(String[]::new));
            test.fail("the window closed before the smoke test finished");
        } catch (RuntimeException e) {
            test.fail("the window did not start: " + reason(e));
        }
        test.outcome().join();
    }

    /** Whether this run is a smoke test: the window then opens the sample corpus (or the project named), whatever was open last. */
    public static boolean isRunning() {
        return running != null;
    }

    /** Called by the window once it is built: drives it if a smoke test is running, else does nothing. */
    public static void attach(Stage stage, SmokeTestable window) {
        SmokeTest test = running;
        if (test != null) {
            test.drive(stage, window);
        }
    }

    /** The verdict; a run that outlives the timeout fails naming the step it was stuck in. */
    CompletableFuture<Outcome> outcome() {
        return outcome.exceptionally(e -> unwrap(e) instanceof TimeoutException
                ? failure("timed out after " + timeout.toSeconds() + " s while " + step)
                : failure(reason(e)));
    }

    /** Must be called on the JavaFX thread. */
    void drive(Stage stage, SmokeTestable window) {
        step = "waiting for the main window to list the sample corpus";
        // A timer checks every frame: the window may load the corpus in the background, and polling keeps
        // the hook down to one question instead of an event the window would have to publish.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (outcome.isDone()) {
                    stop();
                    return;
                }
                try {
                    if (stage.isShowing() && window.corpusLoaded()) {
                        stop();
                        compare(window);
                    }
                } catch (RuntimeException e) {
                    stop();
                    fail(step + ": " + reason(e));
                }
            }
        }.start();
    }

    private void compare(SmokeTestable window) {
        // bench/startup.sh times the launch to this line from outside the process.
        System.out.println("smoke test: window shown with " + corpus);
        step = "comparing the first two sample articles";
        window.compareFirstTwo().whenComplete((shown, error) -> {
            if (error != null) {
                fail(step + ": " + reason(error));
            } else if (!Boolean.TRUE.equals(shown)) {
                fail(step + ": no comparison was shown");
            } else {
                System.out.println("smoke test: comparison shown");
                if (Boolean.getBoolean("stemma.smokeFamilies")) {
                    families(window);
                } else {
                    outcome.complete(new Outcome(0, "smoke test: passed"));
                }
            }
        });
    }

    /** {@code -Dstemma.smokeFamilies=true} (bench/corpus.sh): also waits for the families to be caught up. */
    private void families(SmokeTestable window) {
        step = "catching up the families";
        window.familiesCaughtUp().whenComplete((count, error) -> {
            if (error != null) {
                fail(step + ": " + reason(error));
            } else {
                System.out.println("smoke test: families caught up (" + count + ")");
                outcome.complete(new Outcome(0, "smoke test: passed"));
            }
        });
    }

    private void fail(String why) {
        outcome.complete(failure(why));
    }

    private static Outcome failure(String why) {
        return new Outcome(1, "stemma: smoke test failed: " + why);
    }

    private static String reason(Throwable e) {
        Throwable root = unwrap(e);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip().lines().findFirst().orElse("");
    }

    private static Throwable unwrap(Throwable e) {
        return (e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null ? e.getCause() : e;
    }

    private static void exit(Outcome o) {
        (o.exitCode() == 0 ? System.out : System.err).println(o.line());
        System.out.flush();
        System.err.flush();
        // System.exit waits for shutdown hooks; if a hung window blocks one, end the process anyway.
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(o.exitCode());
        }, "smoke-test-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(o.exitCode());
    }
}
