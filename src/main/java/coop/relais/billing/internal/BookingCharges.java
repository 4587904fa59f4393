package coop.relais.billing.internal;

import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.booking.BookingCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Charges a completed booking's price to the member who booked it, or to their employer for a resource
 * the companies pay for inside their subscription. After the booking module's commit,
 * in its own transaction, again if it failed; each line posts once (its source key), however many
 * deliveries.
 */
@Component
class BookingCharges {

    private final Ledger ledger;

    BookingCharges(Ledger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(BookingCompleted completed) {
        for (int i = 0; i < completed.lines().size(); i++) {
            BookingCompleted.PriceLine line = completed.lines().get(i);
            if (line.amount().isZero()) {
                continue;
            }
            boolean employer = line.employerId() != null;
            ledger.post(
                    employer
                            ? ledger.organisationAccount(line.employerId()).id()
                            : ledger.memberAccount(completed.memberId()).id(),
                    NewEntry.charge(
                            SourceType.BOOKING,
                            completed.bookingId(),
                            i + 1,
                            employer ? Share.EMPLOYER : Share.MEMBER,
                            "Réservation — " + line.description(),
                            null,
                            completed.siteId(),
                            line.amount(),
                            line.amount(),
                            line.vatRate(),
                            completed.end()));
        }
    }
}
