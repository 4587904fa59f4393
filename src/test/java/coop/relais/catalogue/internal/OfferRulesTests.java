package coop.relais.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferRulesTests {

    private static final UUID SITE = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID OTHER_PROVIDER = UUID.randomUUID();
    private static final UUID LANDLORD = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static final Offer.SiteFacts FACTS =
            new Offer.SiteFacts(Set.of(SERVICE), Set.of(PROVIDER), Set.of(LANDLORD));

    @Test
    void aPerUnitOfferPaidByTheMember() {
        Offer offer = Offer.create(SITE, draft().build(), FACTS, NOW);
        assertThat(offer.priceModel()).isEqualTo(PriceModel.PER_UNIT);
        assertThat(offer.unit()).isEqualTo(PriceUnit.ITEM);
        assertThat(offer.price()).isEqualTo(Money.euros("3.90"));
        assertThat(offer.vatRate()).isEqualByComparingTo("20");
        assertThat(offer.payerRule().memberPercent()).isEqualByComparingTo("100");
        assertThat(offer.daysOffered()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(offer.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void onQuoteHasNoPriceAndFixedHasNoUnit() {
        Offer quote = Offer.create(
                SITE, draft().model(PriceModel.ON_QUOTE).price("12").build(), FACTS, NOW);
        assertThat(quote.price()).isNull();
        assertThat(quote.unit()).isNull();
        Offer fixed =
                Offer.create(SITE, draft().model(PriceModel.FIXED).price("18").build(), FACTS, NOW);
        assertThat(fixed.unit()).isNull();
        assertThat(fixed.price()).isEqualTo(Money.euros("18.00"));
    }

    @Test
    void priceMustBeBetweenZeroAndOneHundredThousandEuros() {
        assertThat(keys(draft().price("-0.01"))).containsExactly("catalogue.offer.amount.negative");
        assertThat(keys(draft().price("100000.01"))).containsExactly("catalogue.offer.amount.tooHigh");
        assertThat(keys(draft().price("3.905"))).containsExactly("catalogue.offer.amount.cents");
        assertThat(keys(draft().price(null))).containsExactly("catalogue.offer.price.required");
        assertThat(keys(draft().price("0"))).isEmpty();
        assertThat(keys(draft().price("100000"))).isEmpty();
    }

    @Test
    void perUnitNeedsAUnit() {
        assertThat(keys(draft().unit(null))).containsExactly("catalogue.offer.unit.required");
    }

    @Test
    void onlyFrenchVatRates() {
        for (String rate : List.of("0", "2.1", "5.5", "10", "20", "20.00")) {
            assertThat(keys(draft().vat(rate))).as(rate).isEmpty();
        }
        for (String rate : List.of("19.6", "7", "-5", "100")) {
            assertThat(keys(draft().vat(rate))).as(rate).containsExactly("catalogue.offer.vat.notAllowed");
        }
    }

    @Test
    void leadTimeFromZeroToSixtyDays() {
        assertThat(keys(draft().lead(0))).isEmpty();
        assertThat(keys(draft().lead(60))).isEmpty();
        assertThat(keys(draft().lead(61))).containsExactly("catalogue.offer.leadTime.range");
        assertThat(keys(draft().lead(-1))).containsExactly("catalogue.offer.leadTime.range");
    }

    @Test
    void atLeastOneDay() {
        assertThat(keys(draft().days(Set.of()))).containsExactly("catalogue.offer.days.required");
    }

    @Test
    void providerMustServeTheSiteAndServiceBelongToIt() {
        List<Violation> violations = Offer.check(
                draft().provider(OTHER_PROVIDER).service(UUID.randomUUID()).build(), FACTS);
        assertThat(violations)
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("serviceId", "catalogue.offer.service.unknown"),
                        org.assertj.core.groups.Tuple.tuple("providerId", "catalogue.offer.provider.notServing"));
    }

    @Test
    void employerPaysAllOrASubsidyWithAnOptionalCap() {
        Offer full = Offer.create(
                SITE, draft().payer(PayerChoice.EMPLOYER).employer("100").build(), FACTS, NOW);
        assertThat(full.payerRule().memberPercent()).isEqualByComparingTo("0");
        Offer half = Offer.create(
                SITE,
                draft().payer(PayerChoice.EMPLOYER).employer("50").cap("30").build(),
                FACTS,
                NOW);
        assertThat(half.payerRule().employerPercent()).isEqualByComparingTo("50");
        assertThat(half.payerRule().employerMonthlyCap()).isEqualTo(Money.euros("30.00"));
        assertThat(keys(draft().payer(PayerChoice.EMPLOYER).employer("150")))
                .containsExactly("catalogue.offer.percent.range");
        assertThat(keys(draft().payer(PayerChoice.EMPLOYER).employer("0")))
                .containsExactly("catalogue.offer.percent.range");
        assertThat(keys(draft().payer(PayerChoice.EMPLOYER).employer(null)))
                .containsExactly("catalogue.offer.percent.required");
        assertThat(keys(draft().payer(PayerChoice.EMPLOYER).employer("50").cap("-1")))
                .containsExactly("catalogue.offer.amount.negative");
    }

    @Test
    void theMemberPayingAloneIgnoresTheOtherShares() {
        Offer offer =
                Offer.create(SITE, draft().employer("300").siteOwner("80", null).build(), FACTS, NOW);
        assertThat(offer.payerRule().employerPercent()).isEqualByComparingTo("0");
        assertThat(offer.payerRule().siteOwnerPercent()).isEqualByComparingTo("0");
    }

    @Test
    void siteOwnerMustBeAClientOwnerOfTheSite() {
        Offer offer = Offer.create(
                SITE,
                draft().payer(PayerChoice.SITE_OWNER).siteOwner("100", LANDLORD).build(),
                FACTS,
                NOW);
        assertThat(offer.payerRule().siteOwnerOrganisationId()).isEqualTo(LANDLORD);
        assertThat(keys(draft().payer(PayerChoice.SITE_OWNER).siteOwner("100", null)))
                .containsExactly("catalogue.offer.siteOwner.required");
        assertThat(keys(draft().payer(PayerChoice.SITE_OWNER).siteOwner("100", UUID.randomUUID())))
                .containsExactly("catalogue.offer.siteOwner.unknown");
    }

    @Test
    void aSplitMayNotExceedOneHundredPercent() {
        Offer offer = Offer.create(
                SITE,
                draft().payer(PayerChoice.SPLIT)
                        .employer("30")
                        .siteOwner("20", LANDLORD)
                        .build(),
                FACTS,
                NOW);
        assertThat(offer.payerRule().memberPercent()).isEqualByComparingTo("50");
        assertThat(keys(draft().payer(PayerChoice.SPLIT).employer("60").siteOwner("50", LANDLORD)))
                .containsExactly("catalogue.offer.payer.sumTooHigh");
        assertThat(keys(draft().payer(PayerChoice.SPLIT).employer("60").siteOwner("40", LANDLORD)))
                .isEmpty();
    }

    @Test
    void allBrokenRulesAreReportedAtOnceAndNothingChanges() {
        Offer offer = Offer.create(SITE, draft().build(), FACTS, NOW);
        assertThatThrownBy(() -> offer.revise(
                        draft().price("-3").vat("7").lead(99).days(Set.of()).build(), FACTS, NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(
                        CatalogueRuleException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("price", "vatRate", "leadTimeDays", "daysOffered"));
        assertThat(offer.price()).isEqualTo(Money.euros("3.90"));
        assertThat(offer.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void revisingChangesThePriceForNewOrders() {
        Offer offer = Offer.create(SITE, draft().build(), FACTS, NOW);
        offer.revise(draft().price("4.20").build(), FACTS, NOW.plusSeconds(60));
        assertThat(offer.price()).isEqualTo(Money.euros("4.20"));
        assertThat(offer.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void categoryAndServiceNamesAreCheckedToo() {
        Category linen = Category.create(SITE, "Entretien du linge", List.of());
        assertThatThrownBy(() -> Category.create(SITE, "entretien du LINGE", List.of(linen)))
                .isInstanceOfSatisfying(
                        CatalogueRuleException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("catalogue.category.name.taken"));
        assertThatThrownBy(() -> Category.create(SITE, "x".repeat(10_000), List.of()))
                .isInstanceOfSatisfying(
                        CatalogueRuleException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("catalogue.name.tooLong"));
        assertThatThrownBy(() -> Category.create(SITE, "   ", List.of()))
                .isInstanceOfSatisfying(
                        CatalogueRuleException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("catalogue.name.required"));
        assertThatThrownBy(() -> SiteService.create(
                        SITE,
                        new SiteService.Draft("Repassage\u0000", null, linen.id(), false, null, true),
                        Set.of(linen.id()),
                        Set.of()))
                .isInstanceOfSatisfying(
                        CatalogueRuleException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("catalogue.name.invalid"));
        assertThatThrownBy(() -> SiteService.create(
                        SITE,
                        new SiteService.Draft("Repassage", null, UUID.randomUUID(), false, null, true),
                        Set.of(linen.id()),
                        Set.of()))
                .isInstanceOfSatisfying(
                        CatalogueRuleException.class,
                        e -> assertThat(e.violations().get(0).messageKey())
                                .isEqualTo("catalogue.service.category.unknown"));
    }

    private static List<String> keys(DraftBuilder builder) {
        return Offer.check(builder.build(), FACTS).stream()
                .map(Violation::messageKey)
                .toList();
    }

    private static DraftBuilder draft() {
        return new DraftBuilder();
    }

    /** A valid draft (Pressing, 3,90 € per item, 20 %, 2 days, Monday and Saturday, member pays) to vary. */
    private static final class DraftBuilder {
        private UUID service = SERVICE;
        private UUID provider = PROVIDER;
        private PriceModel model = PriceModel.PER_UNIT;
        private PriceUnit unit = PriceUnit.ITEM;
        private String price = "3.90";
        private String vat = "20";
        private Integer lead = 2;
        private Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        private PayerChoice payer = PayerChoice.MEMBER;
        private String employer;
        private String cap;
        private String siteOwner;
        private UUID siteOwnerOrganisation;

        DraftBuilder service(UUID value) {
            service = value;
            return this;
        }

        DraftBuilder provider(UUID value) {
            provider = value;
            return this;
        }

        DraftBuilder model(PriceModel value) {
            model = value;
            return this;
        }

        DraftBuilder unit(PriceUnit value) {
            unit = value;
            return this;
        }

        DraftBuilder price(String value) {
            price = value;
            return this;
        }

        DraftBuilder vat(String value) {
            vat = value;
            return this;
        }

        DraftBuilder lead(Integer value) {
            lead = value;
            return this;
        }

        DraftBuilder days(Set<DayOfWeek> value) {
            days = value;
            return this;
        }

        DraftBuilder payer(PayerChoice value) {
            payer = value;
            return this;
        }

        DraftBuilder employer(String value) {
            employer = value;
            return this;
        }

        DraftBuilder cap(String value) {
            cap = value;
            return this;
        }

        DraftBuilder siteOwner(String percent, UUID organisation) {
            siteOwner = percent;
            siteOwnerOrganisation = organisation;
            return this;
        }

        Offer.Draft build() {
            return new Offer.Draft(
                    service,
                    provider,
                    model,
                    unit,
                    decimal(price),
                    decimal(vat),
                    lead,
                    days,
                    payer,
                    decimal(employer),
                    decimal(cap),
                    decimal(siteOwner),
                    siteOwnerOrganisation,
                    true);
        }

        private static BigDecimal decimal(String value) {
            return value == null ? null : new BigDecimal(value);
        }
    }
}
