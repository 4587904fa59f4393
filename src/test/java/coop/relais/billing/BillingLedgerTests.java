package coop.relais.billing;

import static coop.relais.billing.BillingFixtures.memberLine;
import static coop.relais.billing.BillingFixtures.splitLine;
import static coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.SITE_AQUITAINE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.desk.CopierUsageRecorded;
import coop.relais.desk.RequestCompleted;
import coop.relais.orders.OrderDelivered;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charges come from what was delivered, each once: a redelivered event, or the same event delivered
 * by several threads at once, posts nothing more; every account's balance is the sum of its lines.
 */
@SpringBootTest
class BillingLedgerTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BillingAccounts accounts;

    @Autowired
    Invoicing invoicing;

    @Autowired
    BillingExports exports;

    BillingFixtures fixtures;

    static final ExecutorService POOL = Executors.newFixedThreadPool(8);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    @Test
    void aDeliveredOrderChargesEachPayerTheirShareOnceHoweverOftenItIsDelivered() throws Exception {
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        OrderDelivered delivered = fixtures.delivered(
                SITE_AQUITAINE,
                member,
                memberLine(1, "4.90"),
                splitLine(2, "3.00", "6.00", CLIENT_AQUITAINE_LOGISTIQUE, "1.50", CLIENT_HABITAT_GARONNE));
        AccountView employerBefore =
                accounts.ofOrganisation(BillingFixtures.admin(), CLIENT_AQUITAINE_LOGISTIQUE, null);
        AccountView ownerBefore = accounts.ofOrganisation(BillingFixtures.admin(), CLIENT_HABITAT_GARONNE, null);

        fixtures.publish(delivered);
        fixtures.publish(delivered);
        List<Future<Object>> parallel = IntStream.range(0, 6)
                .mapToObj(i -> POOL.submit((Callable<Object>) () -> {
                    fixtures.publish(delivered);
                    return null;
                }))
                .toList();
        for (Future<Object> f : parallel) {
            f.get();
        }

        AccountView mine = accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null);
        assertThat(mine.entries()).hasSize(2);
        assertThat(mine.balance()).isEqualTo(Money.euros("7.90"));
        EntryView split = mine.entries().get(0);
        assertThat(split.amount()).isEqualTo(Money.euros("3.00"));
        assertThat(split.lineAmount()).isEqualTo(Money.euros("10.50"));
        assertThat(split.paidByOthers()).isEqualTo(Money.euros("7.50"));
        assertThat(split.balanceAfter()).isEqualTo(Money.euros("7.90"));
        assertThat(split.reference()).isEqualTo(delivered.reference());

        AccountView employer = accounts.ofOrganisation(BillingFixtures.admin(), CLIENT_AQUITAINE_LOGISTIQUE, null);
        assertThat(employer.balance().minus(employerBefore.balance())).isEqualTo(Money.euros("6.00"));
        AccountView owner = accounts.ofOrganisation(BillingFixtures.admin(), CLIENT_HABITAT_GARONNE, null);
        assertThat(owner.balance().minus(ownerBefore.balance())).isEqualTo(Money.euros("1.50"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM billing_entry WHERE source_id = ?", delivered.orderId()))
                .isEqualTo(4);
        assertThat(accounts.unreconciled()).isEmpty();
    }

    @Test
    void aLineTheEmployerPaysInFullStillShowsOnTheMembersTabAtNoCost() {
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        fixtures.publish(fixtures.delivered(
                SITE_AQUITAINE, member, splitLine(1, "0.00", "8.00", CLIENT_AQUITAINE_LOGISTIQUE, "0.00", null)));

        AccountView mine = accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null);
        assertThat(mine.balance()).isEqualTo(Money.ZERO);
        assertThat(mine.entries()).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualTo(Money.ZERO);
            assertThat(e.paidByOthers()).isEqualTo(Money.euros("8.00"));
        });
    }

    @Test
    void aCompletedRequestAndCopierPagesChargeTheOrganisationOnce() {
        AccountView before = accounts.ofOrganisation(BillingFixtures.admin(), CLIENT_HABITAT_GARONNE, null);
        RequestCompleted request = new RequestCompleted(
                UUID.randomUUID(),
                "DEM-TEST",
                "Activation de badge",
                2,
                SITE_BASTIDE,
                CLIENT_HABITAT_GARONNE,
                UUID.randomUUID(),
                Money.euros("24.00"),
                new BigDecimal("20"),
                Instant.now());
        CopierUsageRecorded pages = new CopierUsageRecorded(
                UUID.randomUUID(),
                UUID.randomUUID(),
                SITE_BASTIDE,
                CLIENT_HABITAT_GARONNE,
                YearMonth.of(2026, 11),
                1200,
                80,
                Money.euros("18.00"),
                Money.euros("12.00"),
                Money.euros("30.00"),
                new BigDecimal("20"),
                Instant.now());
        fixtures.publish(request);
        fixtures.publish(request);
        fixtures.publish(pages);
        fixtures.publish(pages);

        AccountView after = accounts.ofOrganisation(BillingFixtures.admin(), CLIENT_HABITAT_GARONNE, null);
        assertThat(after.balance().minus(before.balance())).isEqualTo(Money.euros("54.00"));
        assertThat(after.entries().subList(0, 2))
                .extracting(EntryView::description)
                .containsExactly(
                        "Photocopies de novembre 2026 : 1200 pages noir et blanc, 80 pages couleur",
                        "DEM-TEST — Activation de badge (× 2)");
        assertThat(accounts.unreconciled()).isEmpty();
    }

    @Test
    void theReconciliationCheckFindsABalanceWrittenByHand() {
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        fixtures.publish(fixtures.delivered(SITE_AQUITAINE, member, memberLine(1, "5.00")));
        UUID account = accounts.mine(BillingFixtures.member(member, SITE_AQUITAINE), null)
                .id();
        jdbc.sql("UPDATE billing_account SET balance = balance + 1 WHERE id = ?")
                .param(account)
                .update();
        try {
            assertThat(accounts.unreconciled()).containsExactly(account);
        } finally {
            jdbc.sql("UPDATE billing_account SET balance = balance - 1 WHERE id = ?")
                    .param(account)
                    .update();
        }
        assertThat(accounts.unreconciled()).isEmpty();
    }

    @Test
    void theMonthsSalesToIndividualsAreSummedUpPerVatRate() {
        YearMonth month = YearMonth.of(2024, 3);
        UUID member = fixtures.newMember(SITE_AQUITAINE);
        Instant at = month.atDay(12)
                .atTime(10, 0)
                .atZone(java.time.ZoneId.of("Europe/Paris"))
                .toInstant();
        OrderDelivered delivered = new OrderDelivered(
                UUID.randomUUID(),
                "CMD-B2C",
                SITE_AQUITAINE,
                member,
                null,
                List.of(
                        memberLine(1, "12.00"),
                        splitLine(2, "5.50", "5.50", CLIENT_AQUITAINE_LOGISTIQUE, "0.00", null)),
                at);
        fixtures.publish(delivered);

        String csv = exports.b2cSummary(BillingFixtures.admin(), month.toString());

        // Only the member's shares: 12.00 at 20 % and 5.50 at 10 %; the employer's share is a B2B sale.
        assertThat(csv)
                .startsWith("Periode;TauxTVA;MontantTTC;MontantHT;MontantTVA;Idevise")
                .contains("2024-03;10;5,50;5,00;0,50;EUR")
                .contains("2024-03;20;12,00;10,00;2,00;EUR");
    }
}
