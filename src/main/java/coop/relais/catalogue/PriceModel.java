package coop.relais.catalogue;

/** How an offer is priced. */
public enum PriceModel {
    /** A price per unit (item, kilo, hour). */
    PER_UNIT,
    /** One price for the service. */
    FIXED,
    /** The provider quotes, the member accepts or refuses. */
    ON_QUOTE
}
