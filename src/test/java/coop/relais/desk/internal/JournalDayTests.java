package coop.relais.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.desk.DeskDayView;
import coop.relais.desk.JournalEntryKind;
import coop.relais.desk.JournalEntryView;
import coop.relais.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The desk's cash arithmetic: a closing shows counted minus float, as it is; corrections are new entries. */
class JournalDayTests {

    private static final UUID SITE = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final List<JournalEntry> entries = new ArrayList<>();
    private Instant now = Instant.parse("2026-03-02T07:30:00Z");

    private JournalEntry add(JournalEntryKind kind, String amount, String text, UUID corrects) {
        now = now.plusSeconds(600);
        JournalEntry entry = new JournalEntry(
                UUID.randomUUID(),
                SITE,
                DAY,
                kind,
                now,
                UUID.randomUUID(),
                "Karim Benali",
                amount == null ? null : Money.euros(amount),
                text,
                corrects,
                corrects == null ? null : "erreur de saisie");
        entries.add(entry);
        return entry;
    }

    private JournalDay day() {
        return JournalDay.of(entries);
    }

    @Test
    void aMissingAmountShowsAsANegativeDifference() {
        add(JournalEntryKind.OPENING, "150.00", null, null);
        assertThat(day().open()).isTrue();
        assertThat(day().currentFloat()).isEqualTo(Money.euros("150.00"));

        JournalEntry closing = add(JournalEntryKind.CLOSING, "142.50", null, null);

        assertThat(day().open()).isFalse();
        assertThat(day().expected(closing)).isEqualTo(Money.euros("150.00"));
        assertThat(day().difference(closing)).isEqualTo(Money.euros("-7.50"));
    }

    @Test
    void anExactTillAndASurplus() {
        add(JournalEntryKind.OPENING, "100", null, null);
        JournalEntry exact = add(JournalEntryKind.CLOSING, "100.00", null, null);
        add(JournalEntryKind.OPENING, "80", null, null);
        JournalEntry surplus = add(JournalEntryKind.CLOSING, "82.30", null, null);

        assertThat(day().difference(exact).isZero()).isTrue();
        assertThat(day().expected(surplus)).as("each session has its own float").isEqualTo(Money.euros("80.00"));
        assertThat(day().difference(surplus)).isEqualTo(Money.euros("2.30"));
    }

    @Test
    void correctingTheFloatChangesTheDifferenceVisiblyAndKeepsTheOriginal() {
        JournalEntry opening = add(JournalEntryKind.OPENING, "150.00", null, null);
        JournalEntry closing = add(JournalEntryKind.CLOSING, "142.50", null, null);
        JournalEntry correction = add(JournalEntryKind.OPENING, "140.00", null, opening.id());

        JournalDay day = day();
        assertThat(day.corrected(opening.id())).isTrue();
        assertThat(day.latest(opening)).isEqualTo(correction);
        assertThat(day.difference(closing)).isEqualTo(Money.euros("2.50"));
        assertThat(day.open())
                .as("a correction of an opening does not reopen the desk")
                .isFalse();

        DeskDayView view = day.view(SITE, DAY);
        assertThat(view.entries()).hasSize(3);
        JournalEntryView original = view.entries().get(0);
        assertThat(original.amount()).as("written once, never changed").isEqualTo(Money.euros("150.00"));
        assertThat(original.superseded()).isTrue();
        assertThat(original.correctedById()).isEqualTo(correction.id());
        assertThat(view.entries().get(2).correctsId()).isEqualTo(opening.id());
    }

    @Test
    void correctingTheCountKeepsTheFloatOfItsOpening() {
        add(JournalEntryKind.OPENING, "150.00", null, null);
        JournalEntry closing = add(JournalEntryKind.CLOSING, "14.25", null, null);
        JournalEntry fixed = add(JournalEntryKind.CLOSING, "142.50", null, closing.id());

        assertThat(day().difference(closing)).isEqualTo(Money.euros("-135.75"));
        assertThat(day().difference(fixed)).isEqualTo(Money.euros("-7.50"));
        assertThat(day().latest(closing)).isEqualTo(fixed);
    }

    @Test
    void notesDoNotTouchTheCash() {
        add(JournalEntryKind.OPENING, "50", null, null);
        JournalEntry note = add(JournalEntryKind.HANDOVER, null, "Colis volumineux au fond", null);
        add(JournalEntryKind.INCIDENT, null, "Imprimante en panne", null);

        assertThat(day().open()).isTrue();
        assertThat(day().currentFloat()).isEqualTo(Money.euros("50.00"));
        assertThat(day().difference(note)).isNull();
    }

    @Test
    void anEmptyDayIsClosed() {
        assertThat(day().open()).isFalse();
        assertThat(day().currentFloat()).isNull();
    }
}
