package coop.relais.identity.internal;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, the page number (from 0), its size and the total count. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public ResultPage {
        items = List.copyOf(items);
    }

    /** A page number and size brought within bounds (page from 0, size from 1 to 100). */
    public static int boundedPage(int page) {
        return Math.max(0, Math.min(page, 100_000));
    }

    public static int boundedSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
