package coop.relais.orders;

import java.util.Arrays;
import java.util.Optional;

/** What a person can do to an order; the path segment of {@code POST /api/v1/orders/{id}/{action}}. */
public enum OrderAction {
    ACCEPT("accept"),
    DISPATCH("dispatch"),
    START("start"),
    READY("ready"),
    DELIVER("deliver"),
    /** A service without an item: done, nothing to collect. */
    COMPLETE("complete"),
    CANCEL("cancel"),
    DECLINE("decline"),
    INCIDENT("incident"),
    QUOTE("quote"),
    ACCEPT_QUOTE("accept-quote"),
    REFUSE_QUOTE("refuse-quote");

    private final String slug;

    OrderAction(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<OrderAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
