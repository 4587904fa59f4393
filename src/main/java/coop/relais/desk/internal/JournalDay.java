package coop.relais.desk.internal;

import coop.relais.desk.DeskDayView;
import coop.relais.desk.JournalEntryKind;
import coop.relais.desk.JournalEntryView;
import coop.relais.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A site's journal for one day, read the way the desk reads it: a corrected entry counts with the
 * values of its latest correction, in its original place. The desk is open when its last opening has
 * no closing after it; a closing's difference is the cash counted minus the cash expected: the float of
 * its opening plus the cash taken at the desk in between.
 * Nothing is ever adjusted: a difference stays a difference until someone writes a correction.
 */
public final class JournalDay {

    private final List<JournalEntry> entries;
    private final Map<UUID, JournalEntry> byId = new HashMap<>();
    private final Map<UUID, UUID> correctedBy = new HashMap<>();
    private final Map<UUID, Money> expectedByClosing = new HashMap<>();
    private boolean open;
    private Money currentFloat;
    private Money currentCashTaken;

    private JournalDay(List<JournalEntry> entries) {
        this.entries = List.copyOf(entries);
        for (JournalEntry entry : this.entries) {
            byId.put(entry.id(), entry);
            if (entry.correctsId() != null) {
                correctedBy.put(entry.correctsId(), entry.id());
            }
        }
        Money float_ = null;
        Money cashTaken = Money.ZERO;
        for (JournalEntry original : this.entries) {
            if (original.correctsId() != null) {
                continue;
            }
            JournalEntry effective = latest(original);
            if (original.kind() == JournalEntryKind.OPENING) {
                open = true;
                float_ = effective.amount();
            } else if (original.kind() == JournalEntryKind.CASH_IN) {
                cashTaken = cashTaken.plus(effective.amount());
            } else if (original.kind() == JournalEntryKind.CLOSING) {
                expectedByClosing.put(original.id(), (float_ == null ? Money.ZERO : float_).plus(cashTaken));
                open = false;
                float_ = null;
                cashTaken = Money.ZERO;
            }
        }
        currentFloat = open ? float_ : null;
        currentCashTaken = open ? cashTaken : Money.ZERO;
    }

    /** The day's entries in the order they were written. */
    public static JournalDay of(List<JournalEntry> entries) {
        return new JournalDay(entries);
    }

    public boolean open() {
        return open;
    }

    public Money currentFloat() {
        return currentFloat;
    }

    /** Cash taken at the desk since the desk opened (zero when it is closed). */
    public Money currentCashTaken() {
        return currentCashTaken;
    }

    public boolean corrected(UUID entryId) {
        return correctedBy.containsKey(entryId);
    }

    /** The latest version of an entry: itself, or the last correction in its chain. */
    public JournalEntry latest(JournalEntry entry) {
        JournalEntry current = entry;
        while (correctedBy.containsKey(current.id())) {
            current = byId.get(correctedBy.get(current.id()));
        }
        return current;
    }

    /** The first version of an entry (the original a chain of corrections started from). */
    public JournalEntry original(JournalEntry entry) {
        JournalEntry current = entry;
        while (current.correctsId() != null && byId.containsKey(current.correctsId())) {
            current = byId.get(current.correctsId());
        }
        return current;
    }

    /**
     * For a closing (or a correction of one): the cash expected, i.e. the float of its opening plus the
     * cash taken since.
     */
    public Money expected(JournalEntry closing) {
        return closing.kind() == JournalEntryKind.CLOSING
                ? expectedByClosing.get(original(closing).id())
                : null;
    }

    /** For a closing: cash counted minus cash expected (negative when cash is missing). */
    public Money difference(JournalEntry closing) {
        Money expected = expected(closing);
        return expected == null || closing.amount() == null
                ? null
                : closing.amount().minus(expected);
    }

    public JournalEntryView view(JournalEntry entry) {
        return new JournalEntryView(
                entry.id(),
                entry.siteId(),
                entry.businessDate(),
                entry.kind(),
                entry.recordedAt(),
                entry.authorName(),
                entry.amount(),
                entry.text(),
                entry.correctsId(),
                entry.correctionReason(),
                correctedBy.get(entry.id()),
                expected(entry),
                difference(entry));
    }

    public DeskDayView view(UUID siteId, LocalDate date) {
        List<JournalEntryView> views = new ArrayList<>();
        entries.forEach(e -> views.add(view(e)));
        return new DeskDayView(siteId, date, open, currentFloat, currentCashTaken, views);
    }
}
