package coop.relais.desk.internal;

import coop.relais.desk.JournalEntryKind;
import coop.relais.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of the desk journal as stored; entries are only ever added. */
public record JournalEntry(
        UUID id,
        UUID siteId,
        LocalDate businessDate,
        JournalEntryKind kind,
        Instant recordedAt,
        UUID authorId,
        String authorName,
        Money amount,
        String text,
        UUID correctsId,
        String correctionReason) {}
