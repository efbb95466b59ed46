package org.stemma.ui.files;

import org.stemma.platform.UserDirectories;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The folder every file dialog of the window opens in: the last folder the analyst chose something in
 * (remembered in the settings between runs), else her documents folder; never the per-user data folder,
 * where the sample project and the settings live and which she has no reason to browse (decision record
 * 0210). One for the window, shared by all its dialogs, so that Export Claims… opens where Add Articles…
 * was last pointed.
 */
public final class DialogFolders {

    /** The name of the setting that keeps the folder between runs. */
    public static final String SETTING = "dialog.folder";

    private static final DialogFolders WINDOW = new DialogFolders(UserDirectories.dataDir(),
            Path.of(System.getProperty("user.home")));

    private final Path dataDir;
    private final Path home;
    private Consumer<String> save = folder -> { };
    private Path last;

    DialogFolders(Path dataDir, Path home) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.home = home;
    }

    /** The window's dialog folders. */
    public static DialogFolders window() {
        return WINDOW;
    }

    /** Starts from the folder remembered from the last run and hands each new one to {@code save}. */
    public synchronized void remember(Optional<String> saved, Consumer<String> save) {
        this.save = save;
        last = saved.map(Path::of).orElse(null);
    }

    /** Where the next dialog opens. */
    public synchronized File initial() {
        return (usable(last) ? last : documents()).toFile();
    }

    /** Notes what the analyst chose (a file or a folder); the next dialog opens in its folder. */
    public synchronized void chosen(File choice) {
        if (choice == null) {
            return;
        }
        Path folder = choice.isDirectory() ? choice.toPath() : Optional.ofNullable(choice.getParentFile())
                .map(File::toPath).orElse(null);
        if (usable(folder)) {
            last = folder.toAbsolutePath().normalize();
            save.accept(last.toString());
        }
    }

    private boolean usable(Path folder) {
        return folder != null && Files.isDirectory(folder) && !folder.toAbsolutePath().normalize().startsWith(dataDir);
    }

    /** The documents folder (XDG's usual name), else the home folder. */
    private Path documents() {
        Path documents = home.resolve("Documents");
        return usable(documents) ? documents : home;
    }
}
