package coop.relais.billing;

import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewEntry;
import coop.relais.billing.internal.NewEntry.Share;
import coop.relais.billing.internal.NewEntry.SourceType;
import coop.relais.billing.internal.SubscriptionRepository;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.VatRate;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions of client organisations. Administrators define plans (a monthly base fee and a fee per
 * head by headcount band, per kind of site) and subscribe an organisation for a headcount from a day;
 * a change of plan or headcount ends the current subscription the day before and starts another. Each
 * month, the run charges every subscription pro rata of the days it covered in the month.
 */
@Service
@Transactional
public class Subscriptions {

    private static final Set<String> SITE_KINDS = Set.of("COMPANY", "ECOSYSTEM", "NEIGHBOURHOOD");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SubscriptionRepository subscriptions;
    private final Ledger ledger;
    private final SiteDirectory sites;
    private final Clock clock;

    Subscriptions(SubscriptionRepository subscriptions, Ledger ledger, SiteDirectory sites, Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.sites = sites;
        this.clock = clock;
    }

    /** A new plan (administrators); bands are "from this headcount, this fee per head". */
    public PlanView createPlan(
            CurrentUser admin,
            String name,
            String siteKind,
            BigDecimal baseFee,
            BigDecimal vatRate,
            List<PlanView.Band> bands) {
        return createPlan(admin, name, siteKind, baseFee, vatRate, bands, PlanView.Quotas.NONE);
    }

    /** A new plan (administrators), with what it includes each month. */
    public PlanView createPlan(
            CurrentUser admin,
            String name,
            String siteKind,
            BigDecimal baseFee,
            BigDecimal vatRate,
            List<PlanView.Band> bands,
            PlanView.Quotas quotas) {
        requireAdmin(admin);
        if (quotas == null
                || quotas.requests() < 0
                || quotas.requests() > 100_000
                || quotas.copierPages() < 0
                || quotas.copierPages() > 10_000_000) {
            throw DomainException.invalid("billing.plan.quotas");
        }
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 120) {
            throw DomainException.invalid("billing.plan.name");
        }
        if (siteKind == null || !SITE_KINDS.contains(siteKind)) {
            throw DomainException.invalid("billing.plan.siteKind");
        }
        Money base = fee(baseFee);
        VatRate rate = VatRate.of(vatRate);
        if (bands == null || bands.isEmpty() || bands.stream().noneMatch(b -> b.minHeadcount() == 0)) {
            throw DomainException.invalid("billing.plan.bands");
        }
        if (bands.stream().map(PlanView.Band::minHeadcount).distinct().count() != bands.size()
                || bands.stream()
                        .anyMatch(b -> b.minHeadcount() < 0 || b.perHeadFee().isNegative())) {
            throw DomainException.invalid("billing.plan.bands");
        }
        if (subscriptions.planNamed(title)) {
            throw new DomainException("billing.plan.exists", title);
        }
        PlanView plan = new PlanView(UUID.randomUUID(), title, siteKind, base, rate.percent(), bands, quotas);
        subscriptions.insertPlan(plan, clock.instant());
        return subscriptions.plan(plan.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PlanView> plans(CurrentUser admin) {
        requireAdmin(admin);
        return subscriptions.plans();
    }

    /**
     * Subscribes the organisation to the plan for a headcount from a day (administrators). The current
     * subscription, if any, ends the day before; it must have started before that day.
     */
    public SubscriptionView subscribe(
            CurrentUser admin, UUID organisationId, UUID planId, int headcount, LocalDate startsOn) {
        requireAdmin(admin);
        if (organisationId == null || sites.findClient(organisationId).isEmpty()) {
            throw new NotFoundException("organisation");
        }
        PlanView plan = (planId == null ? Optional.<PlanView>empty() : subscriptions.plan(planId))
                .orElseThrow(() -> DomainException.invalid("billing.subscription.plan"));
        if (headcount < 0 || headcount > 1_000_000) {
            throw DomainException.invalid("billing.subscription.headcount");
        }
        if (startsOn == null) {
            throw DomainException.invalid("billing.subscription.startsOn");
        }
        ledger.organisationAccount(organisationId);
        Optional<SubscriptionView> current = subscriptions.openSubscription(organisationId);
        if (current.isPresent()) {
            if (!current.get().startsOn().isBefore(startsOn)) {
                throw new DomainException(
                        "billing.subscription.startsBefore",
                        DAY.format(current.get().startsOn()));
            }
            subscriptions.end(current.get().id(), startsOn.minusDays(1));
        }
        UUID id = UUID.randomUUID();
        subscriptions.insert(id, organisationId, plan.id(), headcount, startsOn, clock.instant());
        return subscriptions.ofOrganisation(organisationId).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** An organisation's subscriptions, newest first, for its client admins and administrators. */
    @Transactional(readOnly = true)
    public List<SubscriptionView> ofOrganisation(CurrentUser reader, UUID organisationId) {
        if (organisationId == null || !(reader.isAdmin() || reader.actsFor(Role.CLIENT_ADMIN, organisationId))) {
            throw new NotFoundException("organisation");
        }
        return subscriptions.ofOrganisation(organisationId);
    }

    /**
     * Charges each subscription that covered days of the month, pro rata of those days; once per
     * subscription and month (the source key), whatever the number of runs.
     */
    void chargeMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        for (SubscriptionView subscription : subscriptions.overlapping(first, last)) {
            LocalDate from = subscription.startsOn().isAfter(first) ? subscription.startsOn() : first;
            LocalDate to =
                    subscription.endsOn() == null || subscription.endsOn().isAfter(last) ? last : subscription.endsOn();
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            Money full = subscription.plan().monthlyFee(subscription.headcount());
            // Pro rata of the days covered, rounded once (Money rounds to the cent).
            Money owed = new Money(full.amount()
                    .multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP));
            if (owed.isZero()) {
                continue;
            }
            String description = days == month.lengthOfMonth()
                    ? "Abonnement %s — %d personnes — %s"
                            .formatted(subscription.plan().name(), subscription.headcount(), month(month))
                    : "Abonnement %s — %d personnes — du %s au %s (%d jours sur %d)"
                            .formatted(
                                    subscription.plan().name(),
                                    subscription.headcount(),
                                    DAY.format(from),
                                    DAY.format(to),
                                    days,
                                    month.lengthOfMonth());
            ledger.post(
                    ledger.organisationAccount(subscription.organisationId()).id(),
                    NewEntry.charge(
                            SourceType.SUBSCRIPTION,
                            subscription.id(),
                            month.getYear() * 100 + month.getMonthValue(),
                            Share.HOLDER,
                            description,
                            null,
                            null,
                            owed,
                            owed,
                            subscription.plan().vatRate(),
                            to.atTime(12, 0).atZone(Zones.DEFAULT).toInstant()));
        }
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH) + " "
                + month.getYear();
    }

    private static Money fee(BigDecimal amount) {
        if (amount == null
                || amount.signum() < 0
                || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("1000000")) > 0) {
            throw DomainException.invalid("billing.plan.fee");
        }
        return Money.of(amount);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new NotFoundException("plans");
        }
    }
}
