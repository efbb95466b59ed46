package org.stemma.ui.families;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.session.CorpusSession;
import org.stemma.store.ProjectFile;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.jobs.InlineJobs;
import org.stemma.ui.jobs.Job;
import org.stemma.ui.jobs.Jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decision 0924's idle trigger: families out of date at opening are caught up once no job has run for
 * the idle time, counted from the end of the last job, and never while one runs. The seeds count as a
 * large corpus by setting the at-once limit to 0; the time is a clock of the test's own.
 */
class IdleCatchUpTest {

    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final String FINDING = "Finding families";

    @TempDir
    Path dir;

    @Test
    void familiesWaitingAtOpeningAreFoundOnlyAfterTheIdleTimeWithNoJobRunning() throws Exception {
        Path file = dir.resolve("never.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            Seeds.addTo(p);
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(p);
            Corpus corpus = new Corpus();
            BusyJobs jobs = new BusyJobs();
            Clock clock = new Clock();
            FamiliesViewModel model = new FamiliesViewModel(corpus, jobs, Runnable::run, 0);
            model.catchUpWhenIdle(IDLE, clock);
            corpus.show(session);
            assertTrue(model.waitingProperty().get(), "families never computed wait at opening");

            clock.advance(Duration.ofSeconds(9));
            assertEquals(0, jobs.count(FINDING), "9 s after the families were read: still waiting");

            jobs.submit("Comparing", () -> "a comparison at 9 s");
            clock.advance(Duration.ofSeconds(9));
            assertEquals(0, jobs.count(FINDING), "a job ran 9 s ago: the idle time starts again from its end");

            jobs.running(true);
            clock.advance(Duration.ofSeconds(30));
            assertEquals(0, jobs.count(FINDING), "never while a job runs, however long");
            jobs.running(false);
            clock.advance(Duration.ofMillis(9_999));
            assertEquals(0, jobs.count(FINDING));
            assertTrue(model.waitingProperty().get());

            clock.advance(Duration.ofMillis(1));
            assertEquals(1, jobs.count(FINDING), "10 s with no job: the families are caught up");
            assertFalse(model.waitingProperty().get());
            assertEquals(2, model.families().size(), "the seeds' two families: " + model.families());
            assertEquals(FamilyTag.ALONE, model.tag(corpus.byName(Seeds.S002).orElseThrow()));

            jobs.submit("Comparing", () -> "another comparison");
            clock.advance(Duration.ofSeconds(60));
            assertEquals(1, jobs.count(FINDING), "caught up once: nothing waits, nothing is found again");
            assertEquals(0, clock.pending(), "no countdown left running");
        }
    }

    /** Jobs run in place, busy while each runs, and busy on demand as while a long job runs. */
    private static final class BusyJobs implements Jobs {
        private final InlineJobs inline = new InlineJobs();
        private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

        @Override
        public <T> Job<T> start(String description, Work<T> work) {
            boolean was = busy.get();
            busy.set(true);
            try {
                return inline.start(description, work);
            } finally {
                busy.set(was);
            }
        }

        void running(boolean running) {
            busy.set(running);
        }

        long count(String description) {
            return inline.descriptions().stream().filter(description::equals).count();
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return busy.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return inline.messageProperty();
        }
    }

    /** Time that passes only when the test says so; runs each action scheduled once its time is reached. */
    private static final class Clock implements FamiliesViewModel.Timer {
        private record Scheduled(Duration due, Runnable action) {
        }

        private Duration now = Duration.ZERO;
        private final List<Scheduled> scheduled = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            Scheduled s = new Scheduled(now.plus(delay), action);
            scheduled.add(s);
            return () -> scheduled.removeIf(x -> x == s);
        }

        void advance(Duration by) {
            Duration until = now.plus(by);
            while (true) {
                Scheduled next = scheduled.stream().filter(s -> s.due().compareTo(until) <= 0)
                        .min((a, b) -> a.due().compareTo(b.due())).orElse(null);
                if (next == null) {
                    break;
                }
                scheduled.remove(next);
                now = next.due();
                next.action().run();
            }
            now = until;
        }

        int pending() {
            return scheduled.size();
        }
    }
}
