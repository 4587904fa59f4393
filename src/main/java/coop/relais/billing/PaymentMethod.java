package coop.relais.billing;

/** How a payment was made: at the desk (cash, card terminal, cheque, CESU) or online. */
public enum PaymentMethod {
    /** Notes and coins, into the desk's till (written in the desk journal). */
    CASH,
    /** A bank card on the desk's payment terminal. */
    CARD_TERMINAL,
    CHEQUE,
    /** Chèque emploi service universel: only for personal services that qualify. */
    CESU,
    /** Online through the payment provider: recorded only when the provider says it is paid. */
    ONLINE;

    /** Whether the desk takes payments this way. */
    public boolean atTheDesk() {
        return this != ONLINE;
    }
}
