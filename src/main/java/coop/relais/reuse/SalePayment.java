package coop.relais.reuse;

/** How a sale of the shop is paid: on the spot, in cash (into the desk's till) or by card, or on the buyer's ardoise. */
public enum SalePayment {
    CASH,
    CARD,
    ARDOISE
}
