package coop.relais.orders;

import java.util.List;

/** One page of orders. */
public record OrderPage(List<OrderView> items, int page, int size, long total) {

    public OrderPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
