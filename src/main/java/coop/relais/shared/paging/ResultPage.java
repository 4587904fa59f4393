package coop.relais.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, the only page type of Relais: its items, the page number (from 0), the
 * page size and the total number of items. Pages and the API ({@link ApiPage}) both read it.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    /** The largest page anyone can ask for. */
    public static final int MAX_SIZE = 100;
    /** The last page number accepted (a page further than that is not a real use). */
    public static final int MAX_PAGE = 100_000;

    public ResultPage {
        items = List.copyOf(items);
    }

    /** The page asked for, kept within bounds (page from 0 to {@value #MAX_PAGE}, size from 1 to 100). */
    public record Request(int page, int size) {

        public Request {
            page = boundedPage(page);
            size = boundedSize(size);
        }

        public long offset() {
            return (long) page * size;
        }
    }

    public static int boundedPage(int page) {
        return Math.max(0, Math.min(page, MAX_PAGE));
    }

    public static int boundedSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }

    /** The requested page of a list already in memory (a short list, e.g. a site's providers). */
    public static <T> ResultPage<T> slice(List<T> all, Request request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new ResultPage<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** How many pages the list has (at least one, even when empty). */
    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
