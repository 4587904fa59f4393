package coop.relais.booking;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A booking's end has passed: what it costs, for billing. Published once per booking.
 *
 * @param lines the priced lines (time booked, km driven), VAT included; none for a free resource
 */
public record BookingCompleted(
        UUID bookingId,
        UUID resourceId,
        String resourceName,
        UUID siteId,
        UUID memberId,
        Instant start,
        Instant end,
        List<PriceLine> lines) {

    /**
     * A priced line of a booking, paid by the member who booked.
     *
     * @param quantity how many units (hours, to the quarter) at {@code unitPrice}
     */
    public record PriceLine(
            String description, BigDecimal quantity, Money unitPrice, Money amount, BigDecimal vatRate) {}

    public BookingCompleted {
        Objects.requireNonNull(bookingId, "bookingId");
        lines = List.copyOf(lines);
    }
}
