package coop.relais.desk;

import java.util.List;

/** One page of results, {@code page} counted from 0, with the total number of items. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }
}
