package coop.relais.orders.internal;

import coop.relais.catalogue.OfferView;
import coop.relais.orders.OrderLine;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new order as the placement put it together, before it becomes an {@link Order}: its number, the
 * offer, for whom, how many, the member's note, and its price when the offer has one.
 *
 * @param note the member's note to the desk, already cleaned, or null
 */
public record NewOrder(
        UUID id, String reference, OfferView offer, Member member, int quantity, String note, Priced priced) {

    /**
     * Whom the order is for, who shares their bill, and whether the desk orders for them (the member is
     * standing at the counter).
     */
    public record Member(UUID id, String name, PayerTerms terms, boolean byDesk) {}

    /** The priced lines and the day the order is due; nothing yet for a service on quote. */
    public record Priced(List<OrderLine> lines, LocalDate dueOn) {

        public static final Priced ON_QUOTE = new Priced(List.of(), null);
    }
}
