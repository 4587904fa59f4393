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
     * A priced line of a booking: hours, or km driven.
     *
     * @param quantity how many units (hours, to the quarter, or km) at {@code unitPrice}
     * @param employerId the company that pays it (the member's employer, for a resource its companies pay
     *     for inside their subscription), or null when the member who booked pays
     */
    public record PriceLine(
            String description,
            BigDecimal quantity,
            Money unitPrice,
            Money amount,
            BigDecimal vatRate,
            UUID employerId) {}

    public BookingCompleted {
        Objects.requireNonNull(bookingId, "bookingId");
        lines = List.copyOf(lines);
    }
}
