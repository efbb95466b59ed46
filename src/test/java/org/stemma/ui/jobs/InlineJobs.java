package org.stemma.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs each job in place: view-model tests need no JavaFX thread. */
public final class InlineJobs implements Jobs {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int submitted;

    @Override
    public <T> Job<T> start(String description, Work<T> work) {
        submitted++;
        Job<T> job = new Job<>(description, Runnable::run);
        job.run(work);
        return job;
    }

    /** How many jobs were given. */
    public int submitted() {
        return submitted;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
