package org.stemma.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the analyst stands on a claim. The names are stored in the project file and written to CSV. */
public enum ClaimStatus {
    OPEN("Open"),
    SUPPORTED("Supported"),
    DISPUTED("Disputed"),
    FALSE("False"),
    ALTERED("Altered"),
    NEEDS_SOURCE("Needs source");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    /** The name shown to the analyst. */
    public String label() {
        return label;
    }

    /** Reads a name or a label in any case, with spaces, hyphens or underscores ("needs source"). */
    public static Optional<ClaimStatus> parse(String value) {
        for (ClaimStatus s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s); // the stored form, read for every claim of a project: no regex needed
            }
        }
        String key = value.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst();
    }
}
