package coop.relais.billing.web;

import coop.relais.billing.AccountView;
import coop.relais.billing.EntryView;
import coop.relais.billing.PaymentMethod;
import coop.relais.billing.PaymentView;
import coop.relais.shared.Money;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the billing API. */
final class BillingJson {

    private BillingJson() {}

    /**
     * An account: {@code balance} > 0 means the holder owes it. {@code entries} are the newest first; when
     * older ones exist, {@code next} reads them. {@code cesuPayable}: what is owed for personal services,
     * which CESU may pay.
     */
    record AccountJson(
            UUID id,
            String holderKind,
            UUID holderId,
            String holderName,
            BigDecimal balance,
            String currency,
            List<EntryJson> entries,
            String next,
            BigDecimal cesuPayable) {

        static AccountJson of(AccountView account, String nextLink) {
            return new AccountJson(
                    account.id(),
                    account.holderKind().name(),
                    account.holderId(),
                    account.holderName(),
                    account.balance().amount(),
                    account.currency(),
                    account.entries().stream().map(EntryJson::of).toList(),
                    account.olderFrom() == null ? null : nextLink,
                    account.cesuPayable().amount());
        }
    }

    record EntryJson(
            UUID id,
            long number,
            String kind,
            BigDecimal amount,
            BigDecimal balanceAfter,
            String description,
            String sourceType,
            UUID sourceId,
            String reference,
            BigDecimal lineAmount,
            BigDecimal paidByOthers,
            BigDecimal vatRate,
            Instant occurredAt) {

        static EntryJson of(EntryView e) {
            return new EntryJson(
                    e.id(),
                    e.number(),
                    e.kind().name(),
                    e.amount().amount(),
                    e.balanceAfter().amount(),
                    e.description(),
                    e.sourceType(),
                    e.sourceId(),
                    e.reference(),
                    euros(e.lineAmount()),
                    euros(e.paidByOthers()),
                    e.vatRate(),
                    e.occurredAt());
        }
    }

    /** A payment to take at a desk; {@code siteId} only when the holder belongs to several of your sites. */
    record PaymentRequest(
            @NotNull UUID accountId,
            @NotNull BigDecimal amount,
            @NotNull PaymentMethod method,
            UUID siteId) {}

    record PaymentJson(
            UUID id,
            String receiptNumber,
            UUID accountId,
            String payerName,
            BigDecimal amount,
            String method,
            UUID siteId,
            String takenBy,
            Instant takenAt,
            BigDecimal balanceAfter) {

        static PaymentJson of(PaymentView p) {
            return new PaymentJson(
                    p.id(),
                    p.receiptNumber(),
                    p.accountId(),
                    p.payerName(),
                    p.amount().amount(),
                    p.method().name(),
                    p.siteId(),
                    p.takenByName(),
                    p.takenAt(),
                    p.balanceAfter().amount());
        }
    }

    record CheckoutRequest(@NotNull UUID accountId) {}

    /** A checkout opened with the payment provider: send the person to {@code checkoutUrl}. */
    record CheckoutJson(UUID id, String sessionId, String checkoutUrl) {}

    private static BigDecimal euros(Money money) {
        return money == null ? null : money.amount();
    }
}
