package coop.relais.organisation.internal;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, the 0-based page number, the page size and the total count. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page request kept within bounds: page ≥ 0, 1 ≤ size ≤ 100. */
    public record Request(int page, int size) {

        public Request {
            page = Math.max(0, Math.min(page, 1_000_000));
            size = Math.max(1, Math.min(size, MAX_SIZE));
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
