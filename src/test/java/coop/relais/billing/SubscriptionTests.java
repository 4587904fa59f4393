package coop.relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscriptions billed by the monthly run: the fee per head of the headcount's band, pro rata of the
 * days when the headcount changes during the month, once however many runs.
 */
@SpringBootTest
class SubscriptionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Invoicing invoicing;

    @Autowired
    BillingAccounts accounts;

    BillingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    private PlanView plan(String name) {
        return subscriptions.createPlan(
                BillingFixtures.admin(),
                name + " " + UUID.randomUUID().toString().substring(0, 6),
                "COMPANY",
                new BigDecimal("150.00"),
                new BigDecimal("20"),
                List.of(
                        new PlanView.Band(0, Money.euros("4.00")),
                        new PlanView.Band(50, Money.euros("3.50")),
                        new PlanView.Band(200, Money.euros("3.00"))));
    }

    @Test
    void theBandOfTheHeadcountSetsTheFeePerHead() {
        PlanView plan = plan("Bandes");
        assertThat(plan.monthlyFee(10)).isEqualTo(Money.euros("190.00"));
        assertThat(plan.monthlyFee(50)).isEqualTo(Money.euros("325.00"));
        assertThat(plan.monthlyFee(250)).isEqualTo(Money.euros("900.00"));
    }

    @Test
    void aHeadcountChangedMidMonthIsBilledProRataOnceHoweverManyRuns() {
        YearMonth month = YearMonth.of(2024, 9);
        UUID organisation = fixtures.newOrganisation("Abonnée");
        PlanView plan = plan("Prorata");
        subscriptions.subscribe(
                BillingFixtures.admin(),
                organisation,
                plan.id(),
                40,
                month.minusMonths(1).atDay(1));
        subscriptions.subscribe(BillingFixtures.admin(), organisation, plan.id(), 60, month.atDay(16));

        invoicing.run(BillingFixtures.admin(), month.toString());
        invoicing.run(BillingFixtures.admin(), month.toString());

        // 1–15 September: 15/30 of (150 + 40 × 4.00) = 155.00; 16–30: 15/30 of (150 + 60 × 3.50) = 180.00.
        // August, before the first run that saw it, was not charged: a run charges its own month only.
        List<InvoiceView> issued =
                invoicing.list(BillingFixtures.admin(), organisation, null, 0).items();
        assertThat(issued)
                .singleElement()
                .satisfies(i -> assertThat(i.amountDue()).isEqualTo(Money.euros("335.00")));
        AccountView account = accounts.ofOrganisation(BillingFixtures.admin(), organisation, null);
        assertThat(account.entries())
                .extracting(EntryView::description)
                .anyMatch(d -> d.contains("du 01/09/2024 au 15/09/2024 (15 jours sur 30)"))
                .anyMatch(d -> d.contains("du 16/09/2024 au 30/09/2024 (15 jours sur 30)"));
        assertThat(account.balance()).isEqualTo(Money.euros("335.00"));
        assertThat(subscriptions.ofOrganisation(BillingFixtures.admin(), organisation))
                .extracting(SubscriptionView::endsOn)
                .containsExactly(null, LocalDate.of(2024, 9, 15));
    }

    @Test
    void whatThePlanIncludesIsChargedNothingWhileTheMonthsQuotaLasts() {
        YearMonth month = YearMonth.of(2022, 5);
        UUID organisation = fixtures.newOrganisation("Quotas");
        PlanView plan = subscriptions.createPlan(
                BillingFixtures.admin(),
                "Quotas " + UUID.randomUUID().toString().substring(0, 6),
                "ECOSYSTEM",
                new BigDecimal("90.00"),
                new BigDecimal("20"),
                List.of(new PlanView.Band(0, Money.euros("2.50"))),
                new PlanView.Quotas(2, 1000));
        assertThat(plan.quotas()).isEqualTo(new PlanView.Quotas(2, 1000));
        subscriptions.subscribe(BillingFixtures.admin(), organisation, plan.id(), 10, month.atDay(1));
        UUID site = coop.relais.shared.demo.DemoIds.SITE_ECOTONE;
        for (int day : new int[] {3, 4, 5}) {
            fixtures.publish(new coop.relais.desk.RequestCompleted(
                    UUID.randomUUID(),
                    "DEM-Q-" + day,
                    "Activation de badge",
                    2,
                    site,
                    organisation,
                    null,
                    Money.euros("24.00"),
                    new BigDecimal("20"),
                    month.atDay(day)
                            .atTime(10, 0)
                            .atZone(java.time.ZoneId.of("Europe/Paris"))
                            .toInstant()));
        }
        // 1,200 black pages at 0.05 € and 100 colour pages at 0.20 €: 1,000 black pages included.
        var pages = new coop.relais.desk.CopierUsageRecorded(
                UUID.randomUUID(),
                UUID.randomUUID(),
                site,
                organisation,
                month,
                1200,
                100,
                Money.euros("60.00"),
                Money.euros("20.00"),
                Money.euros("80.00"),
                new BigDecimal("20"),
                month.atEndOfMonth()
                        .atTime(18, 0)
                        .atZone(java.time.ZoneId.of("Europe/Paris"))
                        .toInstant());
        fixtures.publish(pages);
        fixtures.publish(pages);

        AccountView account = accounts.ofOrganisation(BillingFixtures.admin(), organisation, null);
        assertThat(account.entries())
                .filteredOn(e -> e.description().startsWith("DEM-Q-"))
                .extracting(e -> e.amount().amount().toPlainString())
                .containsExactlyInAnyOrder("0.00", "0.00", "24.00");
        assertThat(account.entries())
                .filteredOn(e -> e.description().startsWith("Photocopies"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.amount()).isEqualTo(Money.euros("30.00"));
                    assertThat(e.description()).contains("1000 pages noir et blanc incluses dans l'abonnement");
                });
        // Redelivered, the copier reading is charged once and uses the quota once.
        assertThat(fixtures.count(
                        "SELECT COALESCE(SUM(included_units), 0) FROM billing_entry WHERE account_id = ?",
                        account.id()))
                .isEqualTo(1002);

        invoicing.run(BillingFixtures.admin(), month.toString());
        // The invoice: the month's fee (90 + 10 × 2.50), the third request and the pages left to pay.
        assertThat(invoicing
                        .list(BillingFixtures.admin(), organisation, null, 0)
                        .items())
                .singleElement()
                .satisfies(i -> assertThat(i.amountDue()).isEqualTo(Money.euros("169.00")));
    }

    @Test
    void badPlansAndSubscriptionsAreRefused() {
        UUID organisation = fixtures.newOrganisation("Refus");
        PlanView plan = plan("Refus");
        assertThatThrownBy(() -> subscriptions.createPlan(
                        BillingFixtures.admin(),
                        " ",
                        "COMPANY",
                        BigDecimal.TEN,
                        new BigDecimal("20"),
                        List.of(new PlanView.Band(0, Money.ZERO))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> subscriptions.createPlan(
                        BillingFixtures.admin(),
                        "Sans base",
                        "COMPANY",
                        BigDecimal.TEN,
                        new BigDecimal("20"),
                        List.of(new PlanView.Band(10, Money.ZERO))))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.plan.bands");
        assertThatThrownBy(() -> subscriptions.createPlan(
                        BillingFixtures.admin(),
                        "TVA",
                        "COMPANY",
                        BigDecimal.TEN,
                        new BigDecimal("19.6"),
                        List.of(new PlanView.Band(0, Money.ZERO))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> subscriptions.createPlan(
                        BillingFixtures.admin(),
                        plan.name(),
                        "COMPANY",
                        BigDecimal.TEN,
                        new BigDecimal("20"),
                        List.of(new PlanView.Band(0, Money.ZERO))))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.plan.exists");
        subscriptions.subscribe(BillingFixtures.admin(), organisation, plan.id(), 10, LocalDate.of(2024, 5, 1));
        assertThatThrownBy(() -> subscriptions.subscribe(
                        BillingFixtures.admin(), organisation, plan.id(), 12, LocalDate.of(2024, 5, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.subscription.startsBefore");
        assertThatThrownBy(() -> subscriptions.subscribe(
                        BillingFixtures.admin(), organisation, plan.id(), -1, LocalDate.of(2024, 6, 1)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> subscriptions.subscribe(
                        BillingFixtures.member(UUID.randomUUID(), coop.relais.shared.demo.DemoIds.SITE_BASTIDE),
                        organisation,
                        plan.id(),
                        12,
                        LocalDate.of(2024, 6, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(subscriptions.ofOrganisation(BillingFixtures.admin(), organisation))
                .hasSize(1);
    }
}
