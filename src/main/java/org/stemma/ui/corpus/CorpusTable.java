package org.stemma.ui.corpus;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The corpus as a table: title, outlet, date, length and disguised characters of each article,
 * sortable by any column and filtered as the analyst types. It remembers the order in which rows were
 * selected, so that the first article chosen goes on the left.
 */
public final class CorpusTable extends VBox {

    private final TableView<Article> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final ObservableList<Article> chosen = FXCollections.observableArrayList();
    private Consumer<Article> onRead = a -> { };

    /**
     * @param compareWith asks the analyst for the article to compare the given one with
     * @param findCopies  lists the articles that share text with the given one
     */
    public CorpusTable(Corpus corpus, Runnable compare, Consumer<Article> compareWith, Consumer<Article> findCopies) {
        getStyleClass().add("corpus-table");
        table.setId("corpus-table");
        filter.setId("corpus-filter");
        filter.setPromptText("Filter by title, outlet, date or file (Ctrl+L)");
        FilteredList<Article> filtered = new FilteredList<>(corpus.articles());
        filter.textProperty().addListener((o, was, text) -> filtered.setPredicate(matching(text)));
        SortedList<Article> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No articles: open article files or a folder with File › Open… (Ctrl+O)"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(
                text("Title", Article::title, 420),
                text("Outlet", Article::outlet, 140),
                text("Date", Article::date, 150),
                number("Words", Article::wordsProperty, "Words of the article proper, page furniture not counted", false),
                number("Homoglyphs", Article::homoglyphsProperty, "Letters of another script disguised as Latin ones", true),
                number("Invisible", Article::invisiblesProperty, "Invisible characters such as zero-width spaces", true),
                text("File", Article::name, 200));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Article>) c -> trackChoice());
        table.setRowFactory(t -> {
            TableRow<Article> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    if (chosen.size() == 2) {
                        compare.run();
                    } else {
                        onRead.accept(row.getItem());
                    }
                }
            });
            return row;
        });
        MenuItem compareItem = new MenuItem("Compare");
        compareItem.setOnAction(e -> compare.run());
        compareItem.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(2));
        MenuItem withItem = new MenuItem("Compare With…");
        withItem.setOnAction(e -> focused().ifPresent(compareWith));
        MenuItem copiesItem = new MenuItem("Find Copies…");
        copiesItem.setOnAction(e -> focused().ifPresent(findCopies));
        MenuItem readItem = new MenuItem("Read");
        readItem.setOnAction(e -> focused().ifPresent(onRead));
        table.setContextMenu(new ContextMenu(readItem, compareItem, withItem, copiesItem));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                focused().ifPresent(onRead);
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        count.getStyleClass().add("corpus-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> filtered.size() == corpus.articles().size() ? Corpus.count(filtered.size(), "article", "articles")
                        : filtered.size() + " of " + corpus.articles().size() + " articles",
                filtered, corpus.articles()));
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox top = new HBox(10, filter, count);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("corpus-toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
    }

    private static Predicate<Article> matching(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return a -> {
            String hay = (a.title() + " " + a.outlet() + " " + a.date() + " " + a.name()).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!hay.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Keeps {@link #chosen} in the order the rows were selected. */
    private void trackChoice() {
        ObservableList<Article> selected = table.getSelectionModel().getSelectedItems();
        chosen.removeIf(a -> !selected.contains(a));
        for (Article a : selected) {
            if (a != null && !chosen.contains(a)) {
                chosen.add(a);
            }
        }
    }

    private static TableColumn<Article, String> text(String name, Function<Article, String> value, double width) {
        TableColumn<Article, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<Article, Integer> number(String name, Function<Article, ObservableValue<Integer>> value,
                                                        String tip, boolean findings) {
        TableColumn<Article, Integer> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setCellFactory(numberCells());
        c.setPrefWidth(92);
        c.getStyleClass().add("number-column");
        if (findings) {
            c.getStyleClass().add("findings-column");
        }
        Label header = new Label(name);
        header.setTooltip(new Tooltip(tip));
        c.setGraphic(header);
        c.setText("");
        return c;
    }

    private static Callback<TableColumn<Article, Integer>, TableCell<Article, Integer>> numberCells() {
        return col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : String.format(Locale.ROOT, "%,d", n));
                getStyleClass().remove("has-findings");
                if (!empty && n != null && n > 0 && col.getStyleClass().contains("findings-column")) {
                    getStyleClass().add("has-findings");
                }
            }
        };
    }

    /** What a double-click or Enter on an article does: open it alone in a reader. */
    public void onRead(Consumer<Article> read) {
        this.onRead = read;
    }

    /** The articles selected, in the order they were selected. */
    public ObservableList<Article> chosen() {
        return chosen;
    }

    public Optional<Article> focused() {
        Article a = table.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(a != null ? a : table.getFocusModel().getFocusedItem());
    }

    /** A hook for a feature's own column, put at {@code at} among the columns. */
    public void addColumn(TableColumn<Article, ?> column, int at) {
        table.getColumns().add(Math.min(at, table.getColumns().size()), column);
    }

    public TableView<Article> table() {
        return table;
    }

    public TextField filter() {
        return filter;
    }
}
