package coop.relais.billing;

import static coop.relais.shared.demo.DemoIds.CLIENT_AQUITAINE_LOGISTIQUE;
import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.desk.DeskDayView;
import coop.relais.desk.DeskJournal;
import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A month closed for the demo data, end to end: last month's usage billed by the run, every invoice a
 * valid Factur-X with no French (BR-FR) warning, the SEPA file of the organisations with a mandate, a
 * member's tab paid online through the demo provider, and a desk day sealed.
 */
@SpringBootTest
class MonthClosingTests {

    @Autowired
    Invoicing invoicing;

    @Autowired
    SepaDebits sepa;

    @Autowired
    OnlinePayments online;

    @Autowired
    BillingAccounts accounts;

    @Autowired
    DeskPayments payments;

    @Autowired
    DeskJournal journal;

    @Autowired
    SealedDays sealedDays;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    private CurrentUser demo(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    @Test
    void lastMonthIsClosedForTheDemoData() throws Exception {
        CurrentUser admin = demo("admin@relais.test");
        String last = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1).toString();

        // Usage and run: the demo's run of last month invoiced both organisations; running it again adds nothing.
        RunResult run = invoicing.run(admin, last);
        assertThat(invoicing.run(admin, last)).isEqualTo(run);
        for (UUID organisation : new UUID[] {CLIENT_AQUITAINE_LOGISTIQUE, CLIENT_HABITAT_GARONNE}) {
            var issued = invoicing.list(admin, organisation, last, 0).items();
            assertThat(issued).isNotEmpty();
            for (InvoiceView invoice : issued) {
                ZUGFeRDValidator validator = new ZUGFeRDValidator();
                String report = validator.validate(invoicing.pdf(admin, invoice.id()), invoice.number() + ".pdf");
                assertThat(validator.wasCompletelyValid()).as(report).isTrue();
                assertThat(report).doesNotContain("BR-FR");
            }
        }

        // SEPA: Aquitaine Logistique signed a mandate; its invoice is in last month's file, valid against ISO 20022.
        SepaBatchView batch = sepa.batch(admin, last);
        assertThat(batch.debitCount()).isGreaterThanOrEqualTo(1);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/pain.008.001.08.xsd")))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(sepa.file(admin, batch.id()))));

        // A member's tab paid online through the demo provider: the delivered shirts are on it.
        CurrentUser habitant = demo("habitant@relais.test");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> accounts.mine(habitant, null).balance().compareTo(Money.ZERO) > 0);
        AccountView tab = accounts.mine(habitant, null);
        CheckoutView checkout = online.open(habitant, tab.id());
        online.payOnDemo(habitant, checkout.sessionId());
        assertThat(online.checkout(habitant, checkout.id()).paid()).isTrue();
        assertThat(accounts.mine(habitant, null).balance())
                .isEqualTo(tab.balance().minus(checkout.amount()));

        // A desk day sealed: the Bastide desk takes a card payment and closes; the chain holds.
        CurrentUser concierge = demo("concierge@relais.test");
        DeskDayView today = journal.day(concierge, SITE_BASTIDE, null);
        if (!today.open()) {
            journal.open(concierge, SITE_BASTIDE, Money.euros("80.00"), null);
            today = journal.day(concierge, SITE_BASTIDE, null);
        }
        BillingFixtures fixtures = new BillingFixtures(jdbc, transactions, events);
        UUID member = fixtures.newMember(SITE_BASTIDE);
        fixtures.publish(fixtures.delivered(SITE_BASTIDE, member, BillingFixtures.memberLine(1, "9.90")));
        UUID account = accounts.ofMember(concierge, member, null).id();
        payments.take(
                concierge,
                new TakePayment(account, SITE_BASTIDE, new BigDecimal("9.90"), PaymentMethod.CARD_TERMINAL),
                "closing-" + account);
        int sealsBefore = sealedDays.verify(concierge, SITE_BASTIDE).size();
        journal.close(concierge, SITE_BASTIDE, today.currentFloat().plus(today.cashTaken()), null);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> sealedDays.verify(concierge, SITE_BASTIDE).size() == sealsBefore + 1);
        assertThat(sealedDays.verify(concierge, SITE_BASTIDE)).allMatch(SealView::intact);
        assertThat(sealedDays.verify(concierge, SITE_BASTIDE).get(0).paymentCount())
                .isGreaterThanOrEqualTo(1);
        assertThat(accounts.unreconciled()).isEmpty();
    }
}
