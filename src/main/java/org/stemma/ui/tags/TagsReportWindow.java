package org.stemma.ui.tags;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stemma.claims.TagReport;
import org.stemma.exchange.TagReportCsv;
import org.stemma.ui.files.DialogFolders;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Claims › Tags Report…: the report's four tables (tags with their nested tags rolled up, by article,
 * by outlet, co-occurrence) in tabs, each exported as CSV with Export CSV…; Esc or Ctrl+W closes it.
 * It follows edits while open.
 */
public final class TagsReportWindow extends Stage {

    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final TagsReportViewModel model;
    private final TabPane tabs = new TabPane();
    private final Map<TagReportCsv.Table, TableView<?>> tables = new EnumMap<>(TagReportCsv.Table.class);

    /** @param stylesheets the window's theme */
    public TagsReportWindow(Window owner, TagsReportViewModel model, List<String> stylesheets) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Tags Report — Stemma");
        tabs.setId("tags-report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add(TagReportCsv.Table.TAGS, tagsTable());
        add(TagReportCsv.Table.ARTICLES, articlesTable());
        add(TagReportCsv.Table.OUTLETS, outletsTable());
        add(TagReportCsv.Table.CO_OCCURRENCE, pairsTable());
        show(model.reportProperty().get());
        model.reportProperty().addListener((o, was, now) -> show(now));

        Button export = new Button("Export CSV…");
        export.setId("tags-report-export");
        export.disableProperty().bind(model.exportingProperty());
        export.setOnAction(e -> chooseExport());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.refresh());
        Label message = new Label();
        message.setId("tags-report-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, message, gap, refresh, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label hint = new Label("A claim tagged with a nested tag counts under every tag above it, once. "
                + "Co-occurrence: claims under both tags.");
        hint.setWrapText(true);
        hint.setPadding(new Insets(8, 8, 0, 8));
        BorderPane root = new BorderPane(tabs, hint, null, bar, null);
        root.getStyleClass().add("tags-report");
        Scene scene = new Scene(root, 820, 520);
        scene.getStylesheets().setAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                close();
            }
        });
        setScene(scene);
        setOnHidden(e -> model.close());
    }

    /** The table shown, for Export CSV…. */
    public TagReportCsv.Table shownTable() {
        int at = tabs.getSelectionModel().getSelectedIndex();
        return TagReportCsv.Table.values()[Math.max(0, at)];
    }

    TabPane tabs() {
        return tabs;
    }

    private void chooseExport() {
        TagReportCsv.Table table = shownTable();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + table.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialDirectory(DialogFolders.window().initial());
        chooser.setInitialFileName(model.fileName(table));
        File file = chooser.showSaveDialog(this);
        if (file != null) {
            DialogFolders.window().chosen(file);
            Path path = file.toPath();
            String name = path.getFileName().toString();
            exportShown(name.contains(".") ? path : path.resolveSibling(name + ".csv"));
        }
    }

    /** Writes the table shown to {@code file} in the background; the future gives the rows written. */
    public CompletableFuture<Integer> exportShown(Path file) {
        return model.export(shownTable(), file);
    }

    private void add(TagReportCsv.Table table, TableView<?> view) {
        view.setId("tags-report-" + table.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        view.setPlaceholder(new Label("No tagged claims yet"));
        tables.put(table, view);
        tabs.getTabs().add(new Tab(table.title(), view));
    }

    @SuppressWarnings("unchecked")
    private void show(TagReport report) {
        ((TableView<TagReport.TagCount>) tables.get(TagReportCsv.Table.TAGS)).setItems(
                FXCollections.observableArrayList(report.tags()));
        ((TableView<TagReport.ArticleCount>) tables.get(TagReportCsv.Table.ARTICLES)).setItems(
                FXCollections.observableArrayList(report.articles()));
        ((TableView<TagReport.OutletCount>) tables.get(TagReportCsv.Table.OUTLETS)).setItems(
                FXCollections.observableArrayList(report.outlets()));
        ((TableView<TagReport.CoOccurrence>) tables.get(TagReportCsv.Table.CO_OCCURRENCE)).setItems(
                FXCollections.observableArrayList(report.coOccurrences()));
    }

    private static TableView<TagReport.TagCount> tagsTable() {
        TableView<TagReport.TagCount> t = new TableView<>();
        TableColumn<TagReport.TagCount, String> tag = text("Tag", r -> "    ".repeat(r.depth()) + r.tag().name(), 220);
        t.getColumns().addAll(List.of(tag, number("Claims", TagReport.TagCount::claims),
                number("Tagged itself", TagReport.TagCount::direct), number("Articles", TagReport.TagCount::articles),
                number("Outlets", TagReport.TagCount::outlets), withTooltips(text("Memo", r -> r.tag().memo(), 240))));
        return t;
    }

    private static TableView<TagReport.ArticleCount> articlesTable() {
        TableView<TagReport.ArticleCount> t = new TableView<>();
        t.getColumns().addAll(List.of(text("Article", TagReport.ArticleCount::article, 300),
                text("Outlet", TagReport.ArticleCount::outlet, 140), text("Tag", TagReport.ArticleCount::path, 200),
                number("Claims", TagReport.ArticleCount::claims)));
        return t;
    }

    private static TableView<TagReport.OutletCount> outletsTable() {
        TableView<TagReport.OutletCount> t = new TableView<>();
        t.getColumns().addAll(List.of(text("Outlet", o -> o.outlet().isEmpty() ? "(no outlet named)" : o.outlet(), 200),
                text("Tag", TagReport.OutletCount::path, 240), number("Claims", TagReport.OutletCount::claims),
                number("Articles", TagReport.OutletCount::articles)));
        return t;
    }

    private static TableView<TagReport.CoOccurrence> pairsTable() {
        TableView<TagReport.CoOccurrence> t = new TableView<>();
        t.getColumns().addAll(List.of(text("Tag", TagReport.CoOccurrence::firstPath, 260),
                text("With tag", TagReport.CoOccurrence::secondPath, 260),
                number("Claims with both", TagReport.CoOccurrence::claims)));
        return t;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Cells whose whole text shows as a tooltip (a memo is longer than its column). */
    private static <R> TableColumn<R, String> withTooltips(TableColumn<R, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private static <R> TableColumn<R, Integer> number(String title, Function<R, Integer> value) {
        TableColumn<R, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(Math.max(90, 9 * title.length()));
        c.setMinWidth(70);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : String.format(Locale.ROOT, "%,d", n));
            }
        });
        c.getStyleClass().add("number-column");
        return c;
    }
}
