package coop.relais.desk;

import coop.relais.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the desk journal as written (entries are never changed).
 *
 * @param amount the cash float (opening) or the cash counted (closing); null for notes
 * @param expected for a closing: the cash expected in the till (the float of its opening)
 * @param difference for a closing: counted minus expected (negative when cash is missing)
 * @param correctsId the entry this one corrects, if it is a correction
 * @param correctedById the correction that replaced this entry, if any
 */
public record JournalEntryView(
        UUID id,
        UUID siteId,
        LocalDate businessDate,
        JournalEntryKind kind,
        Instant recordedAt,
        String authorName,
        Money amount,
        String text,
        UUID correctsId,
        String correctionReason,
        UUID correctedById,
        Money expected,
        Money difference) {

    public boolean superseded() {
        return correctedById != null;
    }
}
