package coop.relais.organisation;

/** The three kinds of conciergerie (PRODUCT §2). */
public enum SiteKind {
    COMPANY,
    ECOSYSTEM,
    NEIGHBOURHOOD
}
