package coop.relais.billing.internal;

import coop.relais.billing.HolderKind;
import coop.relais.shared.Money;
import java.util.UUID;

/** An account as stored: its holder, its balance and how many lines it has. */
public record Account(UUID id, UUID memberId, UUID organisationId, Money balance, long entryCount) {

    public HolderKind holderKind() {
        return memberId != null ? HolderKind.MEMBER : HolderKind.ORGANISATION;
    }

    public UUID holderId() {
        return memberId != null ? memberId : organisationId;
    }
}
