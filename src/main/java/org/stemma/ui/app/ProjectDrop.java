package org.stemma.ui.app;

import org.stemma.ui.corpus.Projects;

import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A project file dropped on the window is opened; anything else dropped is left to the import's drop
 * target, so the filters here take one project file only.
 */
final class ProjectDrop {

    private ProjectDrop() {
    }

    static void install(Scene scene, Consumer<Path> open) {
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (projectFiles(e.getDragboard()).size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            List<Path> projects = projectFiles(e.getDragboard());
            if (projects.size() == 1) {
                open.accept(projects.get(0));
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private static List<Path> projectFiles(Dragboard board) {
        return !board.hasFiles() || board.getFiles().size() != 1 ? List.of() : board.getFiles().stream()
                .map(File::toPath).filter(p -> p.toString().endsWith(Projects.EXTENSION)).toList();
    }
}
