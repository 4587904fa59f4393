package coop.relais.billing;

/** The kinds of lines of an account. */
public enum EntryKind {
    /** What the holder owes for something delivered (its share of it). */
    CHARGE,
    /** Money received from the holder. */
    PAYMENT,
    /** A credit note that lowers what the holder owes. */
    CREDIT
}
