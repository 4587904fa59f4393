package coop.relais.billing;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation's subscription to a plan for a headcount, from a day (to a day, once changed). */
public record SubscriptionView(
        UUID id, UUID organisationId, PlanView plan, int headcount, LocalDate startsOn, LocalDate endsOn) {}
