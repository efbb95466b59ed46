package org.stemma.ui.compare;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.stemma.align.CompareOptions;
import org.stemma.platform.Causes;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.jobs.Jobs;

import java.util.function.Consumer;

/**
 * The open project's difference rules: read with its corpus session when it opens ({@link Projects.Opened#rules()},
 * off the JavaFX thread), handed to {@link Comparisons}, and written back when the analyst changes them. Without a project the
 * defaults apply.
 */
public final class CompareRules {

    private final Jobs jobs;
    private final ReadOnlyObjectProperty<Projects.Opened> project;
    private final Comparisons comparisons;
    private final Consumer<String> status;

    public CompareRules(Jobs jobs, ReadOnlyObjectProperty<Projects.Opened> project, Comparisons comparisons,
                        Consumer<String> status) {
        this.jobs = jobs;
        this.project = project;
        this.comparisons = comparisons;
        this.status = status;
        project.addListener((o, was, now) -> load(now));
        load(project.get());
    }

    public CompareOptions current() {
        return comparisons.optionsProperty().get();
    }

    /**
     * The rules in force, as read from the project when it opens and as the analyst applies them: other
     * features that compare (the claims' counterparts, decision 1421) follow it.
     */
    public ReadOnlyObjectProperty<CompareOptions> rulesProperty() {
        return comparisons.optionsProperty();
    }

    /** Compares by {@code rules} from now on (the comparison shown is made again) and keeps them in the project. */
    public void apply(CompareOptions rules) {
        if (rules.equals(current())) {
            return;
        }
        comparisons.optionsProperty().set(rules);
        Projects.Opened opened = project.get();
        if (opened == null) {
            return;
        }
        jobs.submit("Saving the difference rules", () -> {
            opened.file().compareOptions().save(rules);
            return null;
        }).exceptionally(e -> {
            status.accept("The difference rules could not be saved: " + Causes.describe(e)); // the job has logged it
            return null;
        });
    }

    private void load(Projects.Opened opened) {
        if (opened == null) {
            comparisons.optionsProperty().set(CompareOptions.DEFAULT);
            return;
        }
        comparisons.optionsProperty().set(opened.rules());
    }
}
