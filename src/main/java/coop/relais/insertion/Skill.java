package coop.relais.insertion;

import java.util.List;

/**
 * The reference list of skills a concierge gains at the desk, each with the work that shows it. Levels go from 1
 * (discovering) to 4 (autonomous, can pass it on).
 */
public enum Skill {
    WELCOMING(List.of(EvidenceKind.ORDER_ACCEPTED, EvidenceKind.ORDER_HANDED_OVER, EvidenceKind.PARCEL_HANDED_OVER)),
    CASH(List.of(EvidenceKind.DESK_OPENED, EvidenceKind.DESK_CLOSED)),
    LOGISTICS(List.of(EvidenceKind.PARCEL_REGISTERED, EvidenceKind.PARCEL_HANDED_OVER)),
    DIGITAL(List.of(EvidenceKind.ORDER_ACCEPTED, EvidenceKind.PARCEL_REGISTERED)),
    SUPPLIERS(List.of(EvidenceKind.ORDER_ACCEPTED, EvidenceKind.REQUEST_COMPLETED)),
    WRITTEN_FRENCH(List.of(EvidenceKind.REQUEST_COMPLETED));

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;

    private final List<EvidenceKind> shownBy;

    Skill(List<EvidenceKind> shownBy) {
        this.shownBy = shownBy;
    }

    /** The kinds of work that show this skill. */
    public List<EvidenceKind> shownBy() {
        return shownBy;
    }
}
