package coop.relais.catalogue;

/** The unit of a per-unit price. */
public enum PriceUnit {
    ITEM,
    KG,
    HOUR
}
