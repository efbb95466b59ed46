package org.stemma.ui.log;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.stemma.platform.AppLog;
import org.stemma.platform.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Help › Show Log Folder: opens the folder that holds {@code stemma.log} in the desktop's file manager;
 * where there is none (or it fails), a dialog shows the folder's path to copy.
 */
public final class LogFolder {

    private static final System.Logger LOG = System.getLogger(LogFolder.class.getName());

    /** Opens a folder on the desktop; false when it could not. */
    @FunctionalInterface
    public interface Opener {
        boolean open(Path folder);
    }

    private final Path folder;
    private final Opener opener;

    public LogFolder() {
        this(AppLog.folder(), LogFolder::openWithDesktop);
    }

    public LogFolder(Path folder, Opener opener) {
        this.folder = folder;
        this.opener = opener;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Opens the folder off the JavaFX thread (a file manager may take a while to answer); then, on the
     * JavaFX thread, tells {@code status} or shows the path in a dialog over {@code owner}.
     */
    public void show(Window owner, Consumer<String> status) {
        Thread t = new Thread(() -> {
            boolean opened = tryOpen();
            Platform.runLater(() -> {
                if (opened) {
                    status.accept("Opened the log folder " + Messages.quote(folder));
                } else {
                    pathDialog(owner).show();
                }
            });
        }, "stemma-log-folder");
        t.setDaemon(true);
        t.start();
    }

    /** Makes the folder if need be and asks the desktop to open it. */
    boolean tryOpen() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "log folder " + folder + " cannot be made", e);
            return false;
        }
        return opener.open(folder);
    }

    /** The dialog that shows where the log is, its path selectable for copying. */
    public Alert pathDialog(Window owner) {
        TextField path = new TextField(folder.toAbsolutePath().toString());
        path.setId("log-folder-path");
        path.setEditable(false);
        path.setPrefColumnCount(48);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setTitle("Log Folder");
        alert.setHeaderText("Stemma's log (" + AppLog.FILE + ") is in this folder");
        alert.getDialogPane().setContent(new VBox(8,
                new Label("It could not be opened on this desktop; copy the path to open it yourself."), path));
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    /** The platform's own way of opening a folder: Explorer, Finder, or xdg-open. */
    private static boolean openWithDesktop(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("explorer.exe", folder.toString())
                : os.contains("mac") ? List.of("open", folder.toString())
                : List.of("xdg-open", folder.toString());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // explorer.exe exits 1 even when it opened the folder.
            return p.waitFor() == 0 || os.contains("win");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "no desktop opener for " + folder, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
