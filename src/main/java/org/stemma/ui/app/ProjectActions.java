package org.stemma.ui.app;

import org.stemma.platform.Messages;
import org.stemma.ui.corpus.Projects;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.stemma.ui.files.DialogFolders;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** File › New / Open / Save As for project files: the choosers, and a clear message when one fails. */
final class ProjectActions {

    private final Stage stage;
    private final ProjectSession model;

    ProjectActions(Stage stage, ProjectSession model) {
        this.stage = stage;
        this.model = model;
    }

    void newProject() {
        File file = chosen(chooser("New Project").showSaveDialog(stage));
        if (file != null) {
            Path path = withExtension(file.toPath());
            if (Files.exists(path)) {
                fail("Stemma does not overwrite an existing file: " + Messages.quote(path) + ". Choose another name.");
                return;
            }
            report(model.newProject(path));
        }
    }

    void openProject() {
        File file = chosen(chooser("Open Project").showOpenDialog(stage));
        if (file != null) {
            open(file.toPath());
        }
    }

    void open(Path file) {
        report(model.openProject(file));
    }

    void saveAs() {
        File file = chosen(chooser("Save Project As").showSaveDialog(stage));
        if (file != null) {
            report(model.saveProjectAs(withExtension(file.toPath())));
        }
    }

    private void report(CompletableFuture<Boolean> done) {
        done.thenAccept(ok -> {
            if (!ok) {
                fail(model.errorProperty().get());
            }
        });
    }

    private void fail(String why) {
        Alert alert = new Alert(Alert.AlertType.ERROR, why + "\n\nThe project you had open is unchanged.", ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText("The project could not be opened");
        alert.show();
    }

    private static File chosen(File file) {
        DialogFolders.window().chosen(file);
        return file;
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(DialogFolders.window().initial());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Stemma projects", "*" + Projects.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private static Path withExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.endsWith(Projects.EXTENSION) ? file : file.resolveSibling(name + Projects.EXTENSION);
    }
}
