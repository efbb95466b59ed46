package org.stemma.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;

/** Runs each job in place: view-model tests need no JavaFX thread. */
public final class InlineJobs implements Jobs {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<String> descriptions = new ArrayList<>();

    @Override
    public <T> Job<T> start(String description, Work<T> work) {
        descriptions.add(description);
        Job<T> job = new Job<>(description, Runnable::run);
        job.run(work);
        return job;
    }

    /** The description of every job given, in order. */
    public List<String> descriptions() {
        return descriptions;
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
