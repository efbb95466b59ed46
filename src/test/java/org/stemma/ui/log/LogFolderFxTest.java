package org.stemma.ui.log;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help › Show Log Folder: the desktop opens the folder, or a dialog shows its path. */
class LogFolderFxTest {

    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(w -> {
            if (w instanceof Stage s && s.getOwner() == null && w.isShowing() && s != primary()) {
                s.close();
            }
        })).get(10, TimeUnit.SECONDS);
    }

    private static Stage primary() {
        try {
            return FxToolkit.toolkitContext().getRegisteredStage();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Test
    void withoutADesktopOpenerTheDialogShowsThePathToCopy() throws Exception {
        Path folder = dir.resolve("logs");
        List<String> status = new CopyOnWriteArrayList<>();
        LogFolder logFolder = new LogFolder(folder, f -> false);
        WaitForAsyncUtils.asyncFx(() -> logFolder.show(null, status::add)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#log-folder-path").tryQuery().isPresent());
        TextField path = robot.lookup("#log-folder-path").queryAs(TextField.class);
        assertEquals(folder.toAbsolutePath().toString(), path.getText());
        assertTrue(Files.isDirectory(folder), "the folder is made so that it can be opened");
        assertTrue(status.isEmpty());
    }

    @Test
    void theDesktopOpensTheFolderAndTheStatusBarSaysSo() throws Exception {
        Path folder = dir.resolve("logs");
        List<Path> opened = new CopyOnWriteArrayList<>();
        List<String> status = new CopyOnWriteArrayList<>();
        LogFolder logFolder = new LogFolder(folder, f -> opened.add(f));
        WaitForAsyncUtils.asyncFx(() -> logFolder.show(null, status::add)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status.isEmpty());
        assertEquals(List.of(folder), opened);
        assertEquals("Opened the log folder '" + folder + "'", status.get(0));
        assertTrue(robot.lookup("#log-folder-path").tryQuery().isEmpty());
    }
}
