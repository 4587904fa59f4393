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
    INCIDENT;

    public boolean carriesAmount() {
        return this == OPENING || this == CLOSING;
    }
}
