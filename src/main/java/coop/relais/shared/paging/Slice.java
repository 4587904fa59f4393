package coop.relais.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list read by keyset: its items and where the next page starts (null on the last page).
 * Used for lists that grow with history (orders), where counting every row on each page is not flat.
 */
public record Slice<T>(List<T> items, int size, Cursor next) {

    public Slice {
        items = List.copyOf(items);
    }

    /**
     * Makes the slice from up to {@code size + 1} rows read in list order: the extra row only says
     * there is a next page, which starts after the last row shown.
     */
    public static <T> Slice<T> of(List<T> rows, int size, Function<T, Cursor> cursorOf) {
        if (rows.size() <= size) {
            return new Slice<>(rows, size, null);
        }
        List<T> shown = rows.subList(0, size);
        return new Slice<>(shown, size, cursorOf.apply(shown.get(size - 1)));
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), size, next);
    }
}
