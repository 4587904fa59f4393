package coop.relais.organisation.web;

import coop.relais.organisation.internal.ResultPage;
import java.util.List;

/** One page of an API list: 0-based page, size (1 to 100), total number of items. */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <T> ApiPage<T> of(List<T> all, ResultPage.Request request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        ResultPage<T> page = new ResultPage<>(all.subList(from, to), request.page(), request.size(), all.size());
        return new ApiPage<>(page.items(), page.page(), page.size(), page.total(), page.totalPages());
    }
}
