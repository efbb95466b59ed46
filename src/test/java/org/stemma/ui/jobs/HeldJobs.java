package org.stemma.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;

/** Holds each job until the test runs it, to finish jobs in any order. */
public final class HeldJobs implements Jobs {

    private final List<Runnable> held = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();

    @Override
    public <T> Job<T> start(String description, Work<T> work) {
        Job<T> job = new Job<>(description, Runnable::run);
        held.add(() -> job.run(work));
        descriptions.add(description);
        return job;
    }

    /** Jobs given so far, run or not. */
    public int size() {
        return held.size();
    }

    public String description(int index) {
        return descriptions.get(index);
    }

    /** Runs the job given {@code index}-th (from 0), once. */
    public void run(int index) {
        held.set(index, () -> {
        }).run();
    }

    /** Runs every job not run yet, in order, including those they give; then numbering starts again from 0. */
    public void runAll() {
        for (int i = 0; i < held.size(); i++) {
            run(i);
        }
        held.clear();
        descriptions.clear();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }
}
