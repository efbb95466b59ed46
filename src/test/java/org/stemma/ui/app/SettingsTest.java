package org.stemma.ui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        Path file = dir.resolve("deeper/settings.properties");
        Settings s = Settings.load(file);
        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(Settings.DEFAULT_FONT_SIZE, s.fontSize());
        s.theme(Theme.DARK);
        s.fontSize(18);
        s.number("window.width", 1234.5);
        s.furnitureHidden(true);
        s.save();
        Settings again = Settings.load(file);
        assertEquals(Theme.DARK, again.theme());
        assertEquals(18, again.fontSize());
        assertEquals(1234.5, again.number("window.width").orElseThrow());
        assertTrue(again.furnitureHidden());
        assertFalse(Files.exists(file.resolveSibling("settings.properties.tmp")));
    }

    @Test
    void damagedValuesFallBackToDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme=purple\nfont.size=400\nwindow.x=left\nwindow.y=NaN\n");
        Settings s = Settings.load(file);
        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(Settings.MAX_FONT_SIZE, s.fontSize());
        assertTrue(s.number("window.x").isEmpty());
        assertTrue(s.number("window.y").isEmpty());
    }

    @Test
    void aFileThatIsNotPropertiesGivesDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "font.size=\\uZZZZ\n");
        assertEquals(Settings.DEFAULT_FONT_SIZE, Settings.load(file).fontSize());
    }
}
