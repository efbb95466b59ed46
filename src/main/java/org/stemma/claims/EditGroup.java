package org.stemma.claims;

import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.util.List;

/**
 * Several edits the analyst made with one OK, undone and redone together in one transaction
 * (decision record 0701).
 */
final class EditGroup implements Edit {

    private final ProjectFile project;
    private final String label;
    private final List<Edit> steps;

    EditGroup(ProjectFile project, String label, List<? extends Edit> steps) {
        this.project = project;
        this.label = label;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Touched touched() {
        return steps.stream().map(Edit::touched).reduce(Touched.NOTHING, Touched::and);
    }

    @Override
    public void undo() throws ProjectException {
        project.transaction(() -> {
            for (int i = steps.size() - 1; i >= 0; i--) {
                steps.get(i).undo();
            }
            return null;
        });
    }

    @Override
    public void redo() throws ProjectException {
        project.transaction(() -> {
            for (Edit step : steps) {
                step.redo();
            }
            return null;
        });
    }
}
