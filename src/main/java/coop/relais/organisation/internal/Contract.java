package coop.relais.organisation.internal;

import coop.relais.shared.DomainException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A client organisation's subscription at a site, from a start date to an optional end date. */
public record Contract(UUID id, UUID organisationId, UUID siteId, String plan, LocalDate startsOn, LocalDate endsOn) {

    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(siteId, "siteId");
        plan = Texts.required(plan, Texts.PLAN);
        if (startsOn == null) {
            throw DomainException.invalid("organisation.contract.startRequired");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("organisation.contract.endBeforeStart");
        }
    }
}
