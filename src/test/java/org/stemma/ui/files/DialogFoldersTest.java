package org.stemma.ui.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** File dialogs open in the last folder used or the documents folder, never in the per-user data folder. */
class DialogFoldersTest {

    @TempDir
    Path home;

    @Test
    void dialogsNeverOpenInTheDataFolder() throws Exception {
        Path data = Files.createDirectories(home.resolve(".local/share/stemma"));
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Path articles = Files.createDirectories(home.resolve("work/articles"));
        DialogFolders folders = new DialogFolders(data, home);
        List<String> saved = new ArrayList<>();

        folders.remember(Optional.of(data.toString()), saved::add);
        assertEquals(documents.toFile(), folders.initial(), "a remembered data folder is not used");

        folders.chosen(data.resolve("Sample corpus.stemma").toFile());
        assertEquals(documents.toFile(), folders.initial(), "choosing the sample project does not make it the default");
        assertEquals(List.of(), saved);

        folders.chosen(articles.resolve("a.txt").toFile());
        assertEquals(articles.toFile(), folders.initial(), "the last folder used is next");
        assertEquals(List.of(articles.toString()), saved, "and remembered for the next run");

        DialogFolders nextRun = new DialogFolders(data, home);
        nextRun.remember(Optional.of(saved.get(0)), f -> { });
        assertEquals(articles.toFile(), nextRun.initial());

        Files.delete(articles);
        assertEquals(documents.toFile(), nextRun.initial(), "a folder since removed falls back to the documents");
        Files.delete(documents);
        assertEquals(home.toFile(), nextRun.initial(), "no documents folder: the home folder");
    }
}
