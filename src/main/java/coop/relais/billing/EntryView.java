package coop.relais.billing;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of an account, as its holder reads it.
 *
 * @param number the line's position in the account (1 for the first)
 * @param amount what the line adds to the balance: a charge is positive (owed), a payment negative
 * @param balanceAfter the balance once this line was posted
 * @param sourceType where it comes from: {@code ORDER}, {@code REQUEST}, {@code COPIER} or {@code PAYMENT}
 * @param reference the order, request or receipt number people quote
 * @param lineAmount for a charge, the full price of the line (VAT included)
 * @param paidByOthers for a charge, what the employer or the site owner paid of it
 * @param vatRate for a charge, its VAT rate in percent
 */
public record EntryView(
        UUID id,
        long number,
        EntryKind kind,
        Money amount,
        Money balanceAfter,
        String description,
        String sourceType,
        UUID sourceId,
        String reference,
        Money lineAmount,
        Money paidByOthers,
        BigDecimal vatRate,
        Instant occurredAt) {}
