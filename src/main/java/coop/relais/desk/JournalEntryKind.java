package coop.relais.desk;

/** The kinds of entries of the desk journal. */
public enum JournalEntryKind {
    /** The desk opens, with the cash float counted. */
    OPENING,
    /** The desk closes, with the cash counted. */
    CLOSING,
    /** A note for the next shift. */
    HANDOVER,
    /** Something that went wrong. */
    INCIDENT,
    /**
     * Cash taken at the desk against a member's tab, written by the billing module with the payment;
     * never written nor corrected by hand (a payment taken by mistake is refunded in billing).
     */
    CASH_IN;

    /** The cash counts of the till: an opening's float, a closing's count (corrected by hand if wrong). */
    public boolean carriesAmount() {
        return this == OPENING || this == CLOSING;
    }

    /** Whether a person may write (or correct) this kind of entry in the journal. */
    public boolean writtenByHand() {
        return this != CASH_IN;
    }
}
