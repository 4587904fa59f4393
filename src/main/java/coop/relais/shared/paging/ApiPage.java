package coop.relais.shared.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A page of results as every list of the REST API answers it: {@code items}, {@code size} and, when
 * there is more, a {@code next} link to follow. Lists people leaf through by number also give
 * {@code page} (from 0), {@code totalItems} and {@code totalPages}; lists that grow with history
 * (orders) are read by keyset and give {@code next} only, so that every page costs the same.
 */
public record ApiPage<T>(List<T> items, Integer page, int size, Long totalItems, Integer totalPages, String next) {

    public ApiPage {
        items = List.copyOf(items);
    }

    public static <T> ApiPage<T> of(ResultPage<T> page) {
        return new ApiPage<>(page.items(), page.page(), page.size(), page.total(), page.totalPages(), null);
    }

    public static <S, T> ApiPage<T> of(ResultPage<S> page, Function<S, T> mapper) {
        return of(page.map(mapper));
    }

    /**
     * A keyset page; {@code nextLink} turns the cursor's token into the link of the next page (the same
     * request with {@code after=token}).
     */
    public static <S, T> ApiPage<T> of(Slice<S> slice, Function<S, T> mapper, UnaryOperator<String> nextLink) {
        return new ApiPage<>(
                slice.items().stream().map(mapper).toList(),
                null,
                slice.size(),
                null,
                null,
                slice.next() == null ? null : nextLink.apply(slice.next().token()));
    }
}
