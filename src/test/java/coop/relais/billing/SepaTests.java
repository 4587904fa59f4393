package coop.relais.billing;

import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.desk.RequestCompleted;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SEPA direct debit: mandates signed with a checked IBAN, and a month's batch that debits each invoice
 * once, as a pain.008.001.08 file valid against the ISO 20022 schema.
 */
@SpringBootTest
class SepaTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SepaDebits sepa;

    @Autowired
    Invoicing invoicing;

    @Autowired
    CreditNotes creditNotes;

    BillingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BillingFixtures(jdbc, transactions, events);
    }

    private void charge(UUID organisation, YearMonth month, String amount) {
        fixtures.publish(new RequestCompleted(
                UUID.randomUUID(),
                "DEM-SEPA",
                "Activation de badge",
                1,
                SITE_BASTIDE,
                organisation,
                UUID.randomUUID(),
                Money.euros(amount),
                new BigDecimal("20"),
                month.atDay(8).atTime(10, 0).atZone(PARIS).toInstant()));
    }

    private static CurrentUser clientAdmin(UUID organisation) {
        return new CurrentUser(
                coop.relais.shared.demo.DemoIds.ACCOUNT_RH,
                "rh@relais.test",
                "Responsable RH",
                "fr",
                List.of(RoleGrant.forOrganisation(Role.CLIENT_ADMIN, organisation)));
    }

    private static void assertValidPain008(byte[] file) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(SepaTests.class.getResourceAsStream("/pain.008.001.08.xsd")));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    @Test
    void aMandateNeedsAValidIbanAndANewOneRevokesTheOld() {
        UUID organisation = fixtures.newOrganisation("Société Prélevée");
        CurrentUser admin = clientAdmin(organisation);
        assertThatThrownBy(() -> sepa.sign(admin, organisation, "Société", "FR76 3000 6000 0112 3456 7890 188", null))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.sepa.iban");
        assertThatThrownBy(() -> sepa.sign(admin, organisation, "Société", "FR7630006000011234567890189", "PASUNBIC"))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.sepa.bic");
        assertThatThrownBy(() -> sepa.sign(admin, organisation, " ", "FR7630006000011234567890189", null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> sepa.sign(
                        clientAdmin(UUID.randomUUID()), organisation, "X", "FR7630006000011234567890189", null))
                .isInstanceOf(NotFoundException.class);

        MandateView first = sepa.sign(admin, organisation, "Société", "fr76 3000 6000 0112 3456 7890 189", null);
        assertThat(first.reference()).startsWith("RELAIS-");
        assertThat(first.iban()).startsWith("FR76").endsWith("0189").contains("*");
        MandateView second = sepa.sign(admin, organisation, "Société", "FR1420041010050500013M02606", "PSSTFRPPXXX");
        assertThat(sepa.mandate(admin, organisation)).contains(second);
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM billing_sepa_mandate WHERE organisation_id = ? AND status = 'REVOKED'",
                        organisation))
                .isEqualTo(1);
        assertThat(fixtures.count(
                        "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?", "mandate:" + second.id() + ":signed"))
                .isEqualTo(1);
    }

    @Test
    void aMonthsBatchDebitsEachInvoiceOnceFirstThenRecurringAsAValidPain008() throws Exception {
        YearMonth month = YearMonth.of(2024, 6);
        UUID withMandate = fixtures.newOrganisation("Société Prélevée");
        UUID withoutMandate = fixtures.newOrganisation("Société Prélevée");
        sepa.sign(clientAdmin(withMandate), withMandate, "Société Prélevée", "FR7630006000011234567890189", null);
        charge(withMandate, month, "36.00");
        charge(withoutMandate, month, "12.00");
        invoicing.run(BillingFixtures.admin(), month.toString());
        InvoiceView invoice = invoicing
                .list(BillingFixtures.admin(), withMandate, null, 0)
                .items()
                .get(0);
        creditNotes.creditNote(BillingFixtures.admin(), invoice.id(), new BigDecimal("6.00"), "Remise");

        SepaBatchView batch = sepa.batch(BillingFixtures.admin(), month.toString());

        assertThat(batch.debitCount()).isGreaterThanOrEqualTo(1);
        byte[] file = sepa.file(BillingFixtures.admin(), batch.id());
        assertValidPain008(file);
        String xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("<EndToEndId>" + invoice.number() + "</EndToEndId>")
                .contains("<InstdAmt Ccy=\"EUR\">30.00</InstdAmt>")
                .contains("<SeqTp>FRST</SeqTp>")
                .contains("<IBAN>FR7630006000011234567890189</IBAN>");
        assertThatThrownBy(() -> sepa.batch(BillingFixtures.admin(), month.toString()))
                .isInstanceOf(DomainException.class)
                .hasMessage("billing.sepa.nothingToCollect");

        YearMonth next = month.plusMonths(1);
        charge(withMandate, next, "18.00");
        invoicing.run(BillingFixtures.admin(), next.toString());
        String second = new String(
                sepa.file(
                        BillingFixtures.admin(),
                        sepa.batch(BillingFixtures.admin(), next.toString()).id()),
                StandardCharsets.UTF_8);
        assertThat(second).contains("<SeqTp>RCUR</SeqTp>").contains("<InstdAmt Ccy=\"EUR\">18.00</InstdAmt>");
        assertValidPain008(second.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> sepa.batch(clientAdmin(withMandate), month.toString()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sepa.batch(BillingFixtures.admin(), "2099-01")).isInstanceOf(DomainException.class);
    }
}
