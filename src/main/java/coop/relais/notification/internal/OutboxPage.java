package coop.relais.notification.internal;

import java.util.List;

/** One page of the outbox, newest first. */
public record OutboxPage(List<OutboxMessage> items, OutboxStatus status, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
