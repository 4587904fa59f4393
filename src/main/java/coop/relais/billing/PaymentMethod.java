package coop.relais.billing;

/** How a payment was made at the desk. */
public enum PaymentMethod {
    /** Notes and coins, into the desk's till (written in the desk journal). */
    CASH,
    /** A bank card on the desk's payment terminal. */
    CARD_TERMINAL,
    CHEQUE,
    /** Chèque emploi service universel: only for personal services that qualify. */
    CESU
}
