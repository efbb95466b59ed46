package org.stemma.ui.app;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.ui.importing.FilesDragboard;
import org.testfx.api.FxToolkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stemma.ui.app.AppUnderTest.fx;

/**
 * A project file dropped on the window is opened, and the drag never reaches the import's drop target;
 * article files, or more than one project file, go on to the import. The drag events are fired through
 * the scene's real dispatch with a dragboard of files ({@link FilesDragboard}), as no desktop drag exists
 * headless.
 */
class ProjectDropFxTest {

    @TempDir
    Path dir;

    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final List<EventType<?>> reachedImport = new CopyOnWriteArrayList<>();
    private Pane importTarget;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void window() throws Exception {
        fx(() -> {
            importTarget = new Pane();
            importTarget.addEventHandler(DragEvent.ANY, e -> reachedImport.add(e.getEventType()));
            Stage stage = new Stage();
            Scene scene = new Scene(importTarget, 400, 300);
            ProjectDrop.install(scene, opened::add);
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    private void drop(File... files) throws Exception {
        fx(() -> {
            Dragboard board = FilesDragboard.of(List.of(files));
            for (EventType<DragEvent> type : List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
                Event.fireEvent(importTarget, new DragEvent(importTarget, importTarget, type, board, 100, 100, 100, 100,
                        TransferMode.COPY, null, null, null));
            }
            return null;
        });
    }

    @Test
    void oneProjectFileIsOpenedAndKeptFromTheImport() throws Exception {
        window();
        Path project = Files.writeString(dir.resolve("Elections.stemma"), "");
        drop(project.toFile());
        assertEquals(List.of(project), opened);
        assertEquals(List.of(), reachedImport, "the import never sees a project file");
    }

    @Test
    void articleFilesAndTwoProjectsGoOnToTheImport() throws Exception {
        window();
        Path article = Files.copy(Seeds.path(Seeds.S001), dir.resolve("express.txt"));
        Path one = Files.writeString(dir.resolve("One.stemma"), "");
        Path two = Files.writeString(dir.resolve("Two.stemma"), "");
        drop(article.toFile());
        drop(one.toFile(), two.toFile());
        drop(one.toFile(), article.toFile());
        assertEquals(List.of(), opened, "only one project file alone is opened");
        assertEquals(6, reachedImport.size(), "every drag went on to the import: " + reachedImport);
    }
}
