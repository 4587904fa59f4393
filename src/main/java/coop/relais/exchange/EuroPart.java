package coop.relais.exchange;

import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import java.math.BigDecimal;

/**
 * The euro part of a mixed exchange (materials bought, travel): it never enters the time ledger; once the
 * transfer is committed, it is charged to the payer's account like any charge of the conciergerie.
 */
public record EuroPart(Money amount, String description) {

    /** The most a euro part may be. */
    public static final BigDecimal MAX = new BigDecimal("1000");

    /** The euro part typed, or none when both fields are blank; a half-filled or wrong one is refused. */
    public static EuroPart of(BigDecimal amount, String description) {
        String text = description == null ? "" : description.strip();
        if (amount == null && text.isEmpty()) {
            return null;
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX) > 0 || amount.scale() > 2) {
            throw DomainException.invalid("exchange.euro.amount", MAX);
        }
        if (text.isEmpty() || text.length() > 200) {
            throw DomainException.invalid("exchange.euro.description");
        }
        return new EuroPart(Money.of(amount), text);
    }
}
