package org.stemma.ui.app;

import org.stemma.platform.UserDirectories;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * The window's preferences between runs, in {@code settings.properties} in the user's data folder. A
 * missing or damaged file gives the defaults; a setting is never worth refusing to start over.
 */
public final class Settings {

    private static final System.Logger LOG = System.getLogger(Settings.class.getName());

    public static final String FILE_NAME = "settings.properties";
    public static final int DEFAULT_FONT_SIZE = 15;
    public static final int MIN_FONT_SIZE = 9;
    public static final int MAX_FONT_SIZE = 32;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load() {
        return load(UserDirectories.dataDir().resolve(FILE_NAME));
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "settings " + file + " unreadable, using defaults", e);
                s.values.clear();
            }
        }
        return s;
    }

    /** Writes to a temporary file first, so that a crash never leaves half a settings file. */
    public void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(out, "Stemma window settings");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Path file() {
        return file;
    }

    public OptionalDouble number(String key) {
        try {
            String v = values.getProperty(key);
            double d = v == null ? Double.NaN : Double.parseDouble(v);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public void number(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public void text(String key, String value) {
        values.setProperty(key, value);
    }

    public boolean flagOr(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public void flag(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    public Theme theme() {
        return text("theme").flatMap(Theme::byId).orElse(Theme.LIGHT);
    }

    public void theme(Theme theme) {
        text("theme", theme.id());
    }

    public int fontSize() {
        double size = number("font.size").orElse(DEFAULT_FONT_SIZE);
        return (int) Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, Math.round(size)));
    }

    public void fontSize(int size) {
        number("font.size", size);
    }

    public boolean furnitureHidden() {
        return flagOr("furniture.hidden", false);
    }

    public void furnitureHidden(boolean hidden) {
        flag("furniture.hidden", hidden);
    }

    public boolean furnitureAligned() {
        return flagOr("furniture.aligned", false);
    }

    public void furnitureAligned(boolean aligned) {
        flag("furniture.aligned", aligned);
    }
}
