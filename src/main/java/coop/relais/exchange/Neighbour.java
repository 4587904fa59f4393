package coop.relais.exchange;

import java.util.UUID;

/**
 * A member of a SEL as the other members see them, following the SEL's participation view: their balance,
 * or the time they gave and received, or only how many exchanges they took part in. What the view does not
 * show is null.
 */
public record Neighbour(UUID memberId, String displayName, Long balance, Long given, Long received, long exchanges) {

    static Neighbour of(Standing s, SelView.Participation view, boolean everything) {
        boolean balance = everything || view == SelView.Participation.BALANCES;
        boolean hours = everything || view == SelView.Participation.HOURS;
        return new Neighbour(
                s.memberId(),
                s.displayName(),
                balance ? s.balance() : null,
                hours ? s.given() : null,
                hours ? s.received() : null,
                s.exchanges());
    }
}
