package org.stemma.ui.claims;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * An entry of a filter box: a value, or {@code null} for "all". A combo box cannot show a {@code null}
 * item reliably, so the "all" entry is an object of its own.
 */
record FilterChoice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }

    /**
     * A combo box offering "all" and every value, kept in step with {@code filter} both ways; values are
     * matched with {@code same} (a tag renamed is still the same tag).
     */
    static <T> ComboBox<FilterChoice<T>> box(String all, ObservableList<T> values, Function<T, String> label,
                                             BiPredicate<T, T> same, ObjectProperty<T> filter) {
        ComboBox<FilterChoice<T>> box = new ComboBox<>();
        Runnable rebuild = () -> {
            List<FilterChoice<T>> items = new ArrayList<>();
            items.add(new FilterChoice<>(null, all));
            values.forEach(v -> items.add(new FilterChoice<>(v, label.apply(v))));
            box.getItems().setAll(items);
            select(box, filter.get(), same);
        };
        values.addListener((InvalidationListener) o -> rebuild.run());
        filter.addListener((o, was, now) -> select(box, now, same));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !matches(now.value(), filter.get(), same)) {
                filter.set(now.value());
            }
        });
        rebuild.run();
        return box;
    }

    private static <T> void select(ComboBox<FilterChoice<T>> box, T value, BiPredicate<T, T> same) {
        box.getItems().stream().filter(c -> matches(c.value(), value, same)).findFirst().ifPresent(box::setValue);
    }

    private static <T> boolean matches(T a, T b, BiPredicate<T, T> same) {
        return a == null ? b == null : b != null && same.test(a, b);
    }
}
