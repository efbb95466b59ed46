package org.stemma.ui.app;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Light or dark: the dark theme is the light style sheet with dark.css on top. */
public enum Theme {
    LIGHT("light", "Light", List.of("stemma.css")),
    DARK("dark", "Dark", List.of("stemma.css", "dark.css"));

    private final String id;
    private final String label;
    private final List<String> sheets;

    Theme(String id, String label, List<String> sheets) {
        this.id = id;
        this.label = label;
        this.sheets = sheets;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The style sheets' URLs, in the order they apply. */
    public List<String> stylesheets() {
        return sheets.stream()
                .map(name -> Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm())
                .toList();
    }

    public static Optional<Theme> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
