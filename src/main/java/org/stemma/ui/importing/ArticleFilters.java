package org.stemma.ui.importing;

import javafx.stage.FileChooser.ExtensionFilter;
import org.stemma.importing.Format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The filters of a file chooser for articles: every format Stemma reads, each format, and all files. */
public final class ArticleFilters {

    private ArticleFilters() {
    }

    public static List<ExtensionFilter> all() {
        List<ExtensionFilter> filters = new ArrayList<>();
        filters.add(new ExtensionFilter("Articles", Arrays.stream(Format.values()).flatMap(f -> patterns(f).stream()).toList()));
        for (Format format : Format.values()) {
            filters.add(new ExtensionFilter(format.kind(), patterns(format)));
        }
        filters.add(new ExtensionFilter("All files", "*"));
        return filters;
    }

    private static List<String> patterns(Format format) {
        return format.extensions().stream().map(e -> "*." + e).toList();
    }
}
