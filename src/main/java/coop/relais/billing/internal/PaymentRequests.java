package coop.relais.billing.internal;

import coop.relais.billing.PaymentMethod;
import coop.relais.billing.TakePayment;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import java.math.BigDecimal;

/**
 * The rules of a payment request as it arrives: an amount in euros and cents within bounds, an
 * Idempotency-Key of visible characters, the request's fingerprint that a key must come back with, and
 * the method in the words of the ledger.
 */
public final class PaymentRequests {

    private PaymentRequests() {}

    public static Money amount(BigDecimal amount, Money max) {
        if (amount == null) {
            throw DomainException.invalid("billing.payment.amount.required");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(max.amount()) > 0) {
            throw DomainException.invalid("billing.payment.amount.invalid", max.amount());
        }
        return Money.of(amount);
    }

    public static String key(String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        String key = idempotencyKey.strip();
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw DomainException.invalid("billing.payment.idempotencyKey");
        }
        return key;
    }

    public static String hash(TakePayment command) {
        String text = command.accountId() + "|" + command.siteId() + "|"
                + (command.amount() == null
                        ? ""
                        : command.amount().stripTrailingZeros().toPlainString()) + "|"
                + command.method();
        return DeskSeals.sha256(text);
    }

    public static String methodWord(PaymentMethod method) {
        return switch (method) {
            case CASH -> "espèces";
            case CARD_TERMINAL -> "carte bancaire";
            case CHEQUE -> "chèque";
            case CESU -> "CESU";
            case ONLINE -> "en ligne";
        };
    }
}
