package coop.relais.billing.internal;

import coop.relais.billing.EntryKind;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A line to post to an account. Its source key ({@code sourceType}, {@code sourceId}, {@code sourceLine},
 * {@code share}) is unique per account: posting the same source twice posts it once.
 *
 * @param amount positive for a charge (owed), negative for a payment
 * @param personalService for a member's share of a personal service, its activity (the tax certificate
 *     counts it); else null
 * @param includedUnits for a charge, how many of its units (requests, copier pages) the holder's
 *     subscription included; else null
 */
public record NewEntry(
        EntryKind kind,
        Money amount,
        String description,
        SourceType sourceType,
        UUID sourceId,
        int sourceLine,
        Share share,
        String reference,
        UUID siteId,
        Money lineAmount,
        Money paidByOthers,
        BigDecimal vatRate,
        Instant occurredAt,
        PersonalServiceActivity personalService,
        Integer includedUnits) {

    /** Where an entry comes from. */
    public enum SourceType {
        ORDER,
        REQUEST,
        COPIER,
        PAYMENT,
        CREDIT_NOTE,
        SUBSCRIPTION,
        BOOKING,
        /** The euro part of a mixed SEL exchange. */
        EXCHANGE,
        /** An item of the reuse shop sold on the ardoise. */
        SALE
    }

    /** Whose share of the source the entry is. */
    public enum Share {
        MEMBER,
        EMPLOYER,
        SITE_OWNER,
        HOLDER
    }

    public NewEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (kind == EntryKind.CHARGE && (amount.isNegative() || lineAmount == null)) {
            throw new IllegalStateException("A charge is owed (>= 0) and carries its line's full amount");
        }
        if (kind != EntryKind.CHARGE && !amount.isNegative()) {
            throw new IllegalStateException("A payment or a credit lowers the balance");
        }
        if (includedUnits != null && (kind != EntryKind.CHARGE || includedUnits < 1)) {
            throw new IllegalStateException("Only a charge has units included in a subscription");
        }
        if (personalService != null && (kind != EntryKind.CHARGE || share != Share.MEMBER)) {
            throw new IllegalStateException("Only a member's own share of a charge is a personal service");
        }
        description = description.length() > 300 ? description.substring(0, 299) + "…" : description;
    }

    /** A charge of a share of a priced line. */
    public static NewEntry charge(
            SourceType type,
            UUID sourceId,
            int line,
            Share share,
            String description,
            String reference,
            UUID siteId,
            Money owed,
            Money lineAmount,
            BigDecimal vatRate,
            Instant at) {
        return new NewEntry(
                EntryKind.CHARGE,
                owed,
                description,
                type,
                sourceId,
                line,
                share,
                reference,
                siteId,
                lineAmount,
                lineAmount.minus(owed),
                vatRate,
                at,
                null,
                null);
    }

    /** This member's charge, for a service declared as a personal service. */
    public NewEntry asPersonalService(PersonalServiceActivity activity) {
        return new NewEntry(
                kind,
                amount,
                description,
                sourceType,
                sourceId,
                sourceLine,
                share,
                reference,
                siteId,
                lineAmount,
                paidByOthers,
                vatRate,
                occurredAt,
                activity,
                includedUnits);
    }

    /**
     * This charge with {@code units} of it included in the holder's subscription: {@code owed} is what is
     * left to pay of it.
     */
    public NewEntry included(int units, Money owed, String note) {
        return new NewEntry(
                kind,
                owed,
                description + " — " + note,
                sourceType,
                sourceId,
                sourceLine,
                share,
                reference,
                siteId,
                lineAmount,
                lineAmount.minus(owed),
                vatRate,
                occurredAt,
                personalService,
                units);
    }

    /** A credit note: lowers the balance by {@code amount}. */
    public static NewEntry credit(UUID creditNoteId, String description, String number, Money amount, Instant at) {
        return new NewEntry(
                EntryKind.CREDIT,
                Money.ZERO.minus(amount),
                description,
                SourceType.CREDIT_NOTE,
                creditNoteId,
                0,
                Share.HOLDER,
                number,
                null,
                null,
                null,
                null,
                at,
                null,
                null);
    }

    /** A payment received: lowers the balance by {@code amount}. */
    public static NewEntry payment(
            UUID paymentId, String description, String receipt, UUID siteId, Money amount, Instant at) {
        return new NewEntry(
                EntryKind.PAYMENT,
                Money.ZERO.minus(amount),
                description,
                SourceType.PAYMENT,
                paymentId,
                0,
                Share.HOLDER,
                receipt,
                siteId,
                null,
                null,
                null,
                at,
                null,
                null);
    }
}
