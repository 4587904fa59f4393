package coop.relais.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A page of results as every list of the REST API answers it:
 * {@code {items, page, size, totalItems, totalPages}}, page counted from 0.
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public ApiPage {
        items = List.copyOf(items);
    }

    public static <T> ApiPage<T> of(ResultPage<T> page) {
        return new ApiPage<>(page.items(), page.page(), page.size(), page.total(), page.totalPages());
    }

    public static <S, T> ApiPage<T> of(ResultPage<S> page, Function<S, T> mapper) {
        return of(page.map(mapper));
    }
}
