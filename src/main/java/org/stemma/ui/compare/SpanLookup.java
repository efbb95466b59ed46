package org.stemma.ui.compare;

import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Non-overlapping spans with a value each, found by offset in logarithmic time. */
final class SpanLookup<T> {

    private record Entry<T>(Span span, T value) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    void add(Span span, T value) {
        entries.add(new Entry<>(span, value));
    }

    /** Call once after the last {@link #add}, before the first {@link #find}. */
    SpanLookup<T> seal() {
        entries.sort(Comparator.comparing(Entry::span));
        return this;
    }

    /** The value of the span that holds {@code offset}; with {@code inclusiveEnd}, also the span ending there. */
    Optional<T> find(int offset, boolean inclusiveEnd) {
        int lo = 0;
        int hi = entries.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).span.start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return Optional.empty();
        }
        Span s = entries.get(found).span;
        boolean inside = offset < s.end() || (inclusiveEnd && offset == s.end());
        return inside ? Optional.of(entries.get(found).value) : Optional.empty();
    }
}
