package coop.relais.desk;

import coop.relais.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A site's desk journal for one day.
 *
 * @param open whether the desk is open now (its last opening has no closing yet)
 * @param currentFloat the cash float of the open session, if open
 * @param cashTaken cash taken at the desk against members' tabs since it opened (zero when closed)
 * @param entries every entry of the day in the order written, corrected ones included and marked
 */
public record DeskDayView(
        UUID siteId,
        LocalDate date,
        boolean open,
        Money currentFloat,
        Money cashTaken,
        List<JournalEntryView> entries) {

    public DeskDayView {
        entries = List.copyOf(entries);
    }
}
