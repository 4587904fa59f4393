package coop.relais.catalogue.internal;

import coop.relais.catalogue.PayerRule;
import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.shared.Money;
import coop.relais.shared.VatRate;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A service offered at a site by a provider, at a price, with its VAT rate, lead time, days and who
 * pays. The aggregate guards every rule of the catalogue editor; a change applies to new orders only,
 * since orders freeze the price and the payer split when they are placed.
 */
public final class Offer {

    /** The highest price an offer may have, in euros. */
    public static final BigDecimal PRICE_MAX = new BigDecimal("100000");

    public static final int LEAD_TIME_MAX = 60;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final UUID id;
    private final UUID siteId;
    private UUID serviceId;
    private UUID providerId;
    private PriceModel priceModel;
    private PriceUnit unit;
    private Money price;
    private BigDecimal vatRate;
    private int leadTimeDays;
    private Set<DayOfWeek> daysOffered;
    private PayerRule payerRule;
    private boolean active;
    private Instant updatedAt;

    Offer(
            UUID id,
            UUID siteId,
            UUID serviceId,
            UUID providerId,
            PriceModel priceModel,
            PriceUnit unit,
            Money price,
            BigDecimal vatRate,
            int leadTimeDays,
            Set<DayOfWeek> daysOffered,
            PayerRule payerRule,
            boolean active,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.siteId = Objects.requireNonNull(siteId);
        this.serviceId = serviceId;
        this.providerId = providerId;
        this.priceModel = priceModel;
        this.unit = unit;
        this.price = price;
        this.vatRate = vatRate;
        this.leadTimeDays = leadTimeDays;
        this.daysOffered = daysOffered;
        this.payerRule = payerRule;
        this.active = active;
        this.updatedAt = updatedAt;
    }

    /**
     * What a site manager enters for an offer, as typed (numbers already read, possibly null).
     *
     * @param price ignored when on quote
     * @param unit ignored unless per unit
     * @param employerPercent used when the employer pays (EMPLOYER, SPLIT)
     * @param employerMonthlyCap optional, per member and month, when the employer pays
     * @param siteOwnerPercent used when the site owner pays (SITE_OWNER, SPLIT)
     * @param siteOwnerOrganisationId the paying client organisation (SITE_OWNER, SPLIT)
     */
    public record Draft(
            UUID serviceId,
            UUID providerId,
            PriceModel priceModel,
            PriceUnit unit,
            BigDecimal price,
            BigDecimal vatRate,
            Integer leadTimeDays,
            Set<DayOfWeek> daysOffered,
            PayerChoice payer,
            BigDecimal employerPercent,
            BigDecimal employerMonthlyCap,
            BigDecimal siteOwnerPercent,
            UUID siteOwnerOrganisationId,
            boolean active) {}

    /**
     * What the rules need to know about the site, read by the caller.
     *
     * @param services the ids of the site's services
     * @param providersServing the ids of the active providers serving the site
     * @param siteOwners the ids of the site's client organisations that may pay as site owner (site
     *     owners and social landlords)
     */
    public record SiteFacts(Set<UUID> services, Set<UUID> providersServing, Set<UUID> siteOwners) {}

    static Offer create(UUID siteId, Draft draft, SiteFacts facts, Instant now) {
        Offer offer =
                new Offer(UUID.randomUUID(), siteId, null, null, null, null, null, null, 0, Set.of(), null, true, now);
        offer.revise(draft, facts, now);
        return offer;
    }

    /** Applies the manager's changes if every rule holds; refuses them all at once otherwise. */
    void revise(Draft draft, SiteFacts facts, Instant now) {
        List<Violation> violations = check(draft, facts);
        CatalogueRuleException.throwIfAny(violations);
        this.serviceId = draft.serviceId();
        this.providerId = draft.providerId();
        this.priceModel = draft.priceModel();
        this.unit = draft.priceModel() == PriceModel.PER_UNIT ? draft.unit() : null;
        this.price = draft.priceModel() == PriceModel.ON_QUOTE ? null : Money.of(draft.price());
        this.vatRate = VatRate.ALL.stream()
                .map(VatRate::percent)
                .filter(rate -> rate.compareTo(draft.vatRate()) == 0)
                .findFirst()
                .orElseThrow();
        this.leadTimeDays = draft.leadTimeDays();
        this.daysOffered = EnumSet.copyOf(draft.daysOffered());
        this.payerRule = payerRule(draft);
        this.active = draft.active();
        this.updatedAt = now;
    }

    /** Every rule the draft breaks, by field; empty when it may be saved. */
    public static List<Violation> check(Draft draft, SiteFacts facts) {
        List<Violation> violations = new ArrayList<>();
        if (draft.serviceId() == null) {
            violations.add(new Violation("serviceId", "catalogue.offer.service.required"));
        } else if (!facts.services().contains(draft.serviceId())) {
            violations.add(new Violation("serviceId", "catalogue.offer.service.unknown"));
        }
        if (draft.providerId() == null) {
            violations.add(new Violation("providerId", "catalogue.offer.provider.required"));
        } else if (!facts.providersServing().contains(draft.providerId())) {
            violations.add(new Violation("providerId", "catalogue.offer.provider.notServing"));
        }
        if (draft.priceModel() == null) {
            violations.add(new Violation("priceModel", "catalogue.offer.priceModel.required"));
        } else {
            if (draft.priceModel() == PriceModel.PER_UNIT && draft.unit() == null) {
                violations.add(new Violation("unit", "catalogue.offer.unit.required"));
            }
            if (draft.priceModel() != PriceModel.ON_QUOTE) {
                amount(draft.price(), "price", true, violations);
            }
        }
        if (draft.vatRate() == null) {
            violations.add(new Violation("vatRate", "catalogue.offer.vat.required"));
        } else if (!VatRate.allowed(draft.vatRate())) {
            violations.add(new Violation("vatRate", "catalogue.offer.vat.notAllowed"));
        }
        if (draft.leadTimeDays() == null) {
            violations.add(new Violation("leadTimeDays", "catalogue.offer.leadTime.required"));
        } else if (draft.leadTimeDays() < 0 || draft.leadTimeDays() > LEAD_TIME_MAX) {
            violations.add(new Violation("leadTimeDays", "catalogue.offer.leadTime.range", LEAD_TIME_MAX));
        }
        if (draft.daysOffered() == null || draft.daysOffered().isEmpty()) {
            violations.add(new Violation("daysOffered", "catalogue.offer.days.required"));
        }
        checkPayer(draft, facts, violations);
        return violations;
    }

    private static void checkPayer(Draft draft, SiteFacts facts, List<Violation> violations) {
        if (draft.payer() == null) {
            violations.add(new Violation("payer", "catalogue.offer.payer.required"));
            return;
        }
        boolean employer = draft.payer() == PayerChoice.EMPLOYER || draft.payer() == PayerChoice.SPLIT;
        boolean owner = draft.payer() == PayerChoice.SITE_OWNER || draft.payer() == PayerChoice.SPLIT;
        boolean employerOk = !employer || share(draft.employerPercent(), "employerPercent", violations);
        boolean ownerOk = !owner || share(draft.siteOwnerPercent(), "siteOwnerPercent", violations);
        if (employer && draft.employerMonthlyCap() != null) {
            amount(draft.employerMonthlyCap(), "employerMonthlyCap", false, violations);
        }
        if (owner) {
            if (draft.siteOwnerOrganisationId() == null) {
                violations.add(new Violation("siteOwnerOrganisationId", "catalogue.offer.siteOwner.required"));
            } else if (!facts.siteOwners().contains(draft.siteOwnerOrganisationId())) {
                violations.add(new Violation("siteOwnerOrganisationId", "catalogue.offer.siteOwner.unknown"));
            }
        }
        if (draft.payer() == PayerChoice.SPLIT
                && employerOk
                && ownerOk
                && draft.employerPercent().add(draft.siteOwnerPercent()).compareTo(HUNDRED) > 0) {
            violations.add(new Violation("siteOwnerPercent", "catalogue.offer.payer.sumTooHigh"));
        }
    }

    /** A share in percent: more than 0, at most 100, two decimals at most. */
    private static boolean share(BigDecimal value, String field, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "catalogue.offer.percent.required"));
        } else if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
            violations.add(new Violation(field, "catalogue.offer.percent.range"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, "catalogue.offer.percent.decimals"));
        } else {
            return true;
        }
        return false;
    }

    private static void amount(BigDecimal value, String field, boolean required, List<Violation> violations) {
        if (value == null) {
            if (required) {
                violations.add(new Violation(field, "catalogue.offer.price.required"));
            }
        } else if (value.signum() < 0) {
            violations.add(new Violation(field, "catalogue.offer.amount.negative"));
        } else if (value.compareTo(PRICE_MAX) > 0) {
            violations.add(new Violation(field, "catalogue.offer.amount.tooHigh", "100 000"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, "catalogue.offer.amount.cents"));
        }
    }

    private static PayerRule payerRule(Draft draft) {
        return switch (draft.payer()) {
            case MEMBER -> PayerRule.MEMBER_PAYS;
            case EMPLOYER -> new PayerRule(draft.employerPercent(), cap(draft), BigDecimal.ZERO, null);
            case SITE_OWNER ->
                new PayerRule(BigDecimal.ZERO, null, draft.siteOwnerPercent(), draft.siteOwnerOrganisationId());
            case SPLIT ->
                new PayerRule(
                        draft.employerPercent(), cap(draft), draft.siteOwnerPercent(), draft.siteOwnerOrganisationId());
        };
    }

    private static Money cap(Draft draft) {
        return draft.employerMonthlyCap() == null ? null : Money.of(draft.employerMonthlyCap());
    }

    public UUID id() {
        return id;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public UUID providerId() {
        return providerId;
    }

    public PriceModel priceModel() {
        return priceModel;
    }

    public PriceUnit unit() {
        return unit;
    }

    public Money price() {
        return price;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }

    public Set<DayOfWeek> daysOffered() {
        return Set.copyOf(daysOffered);
    }

    public PayerRule payerRule() {
        return payerRule;
    }

    public boolean active() {
        return active;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
