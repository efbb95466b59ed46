package org.stemma.platform;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Stemma keeps the user's projects and settings: the platform's per-user data folder, never the
 * install folder. {@code stemma.home} overrides it (tests and portable use).
 */
public final class UserDirectories {

    private UserDirectories() {
    }

    public static Path dataDir() {
        String override = System.getProperty("stemma.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("Stemma");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Stemma");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("stemma");
    }
}
