package coop.relais.reuse;

/** What a donation is, as the eco-organisations that fund reuse count it. */
public enum ReuseCategory {
    TEXTILE,
    FURNITURE,
    /** Electrical and electronic equipment. */
    ELECTRICAL,
    BOOKS,
    TOYS,
    TABLEWARE,
    OTHER
}
