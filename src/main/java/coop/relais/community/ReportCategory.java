package coop.relais.community;

/** What is wrong in the common spaces. */
public enum ReportCategory {
    LIGHTING,
    GRAFFITI,
    WASTE,
    DAMAGE,
    CLEANLINESS,
    SAFETY,
    OTHER
}
