package coop.relais.billing;

import coop.relais.billing.internal.Pain008;
import coop.relais.billing.internal.SepaRepository;
import coop.relais.billing.internal.SepaRepository.Mandate;
import coop.relais.billing.internal.SepaRepository.ToCollect;
import coop.relais.notification.EmailRequested;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SEPA direct debit for client organisations: a client admin signs the organisation's mandate (IBAN
 * checked, a unique mandate reference), and each month an administrator produces the batch of the
 * month's invoices to collect from the organisations with a mandate, as a pain.008.001.08 file for
 * the bank. An invoice is debited once; a mandate's first debit is sent as such (FRST), then RCUR.
 */
@Service
public class SepaDebits {

    /** Business days between the file and the collection (SEPA Core asks for one at least). */
    static final int COLLECTION_DELAY_DAYS = 3;

    private final SepaRepository sepa;
    private final Invoicing invoicing;
    private final BillingParties parties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String creditorId;
    private final String creditorIban;
    private final String creditorBic;

    SepaDebits(
            SepaRepository sepa,
            Invoicing invoicing,
            BillingParties parties,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${relais.billing.sepa.creditor-id:FR12ZZZ123456}") String creditorId,
            @Value("${relais.billing.sepa.creditor-iban:FR7630006000011234567890189}") String creditorIban,
            @Value("${relais.billing.sepa.creditor-bic:}") String creditorBic) {
        this.sepa = sepa;
        this.invoicing = invoicing;
        this.parties = parties;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.creditorId = creditorId;
        this.creditorIban = creditorIban.replace(" ", "");
        this.creditorBic = creditorBic.isBlank() ? null : creditorBic;
        IbanUtil.validate(this.creditorIban);
    }

    /** The organisation's mandate in force, for its client admins and administrators. */
    public Optional<MandateView> mandate(CurrentUser reader, UUID organisationId) {
        readable(reader, organisationId);
        return transactions.execute(status -> sepa.activeMandate(organisationId).map(Mandate::view));
    }

    /**
     * Signs the organisation's mandate (its client admins): the IBAN is checked, the previous mandate,
     * if any, is revoked, and the signer receives the mandate's reference by e-mail.
     */
    public MandateView sign(CurrentUser signer, UUID organisationId, String debtorName, String iban, String bic) {
        if (!signer.actsFor(Role.CLIENT_ADMIN, organisationId)) {
            throw new NotFoundException("organisation");
        }
        String name = debtorName == null ? "" : debtorName.strip();
        if (name.isEmpty() || name.length() > 140) {
            throw DomainException.invalid("billing.sepa.debtorName");
        }
        String account = iban == null ? "" : iban.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        try {
            IbanUtil.validate(account);
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            throw DomainException.invalid("billing.sepa.iban");
        }
        String bank = bic == null || bic.isBlank() ? null : bic.strip().toUpperCase(java.util.Locale.ROOT);
        if (bank != null) {
            try {
                BicUtil.validate(bank);
            } catch (BicFormatException | UnsupportedCountryException e) {
                throw DomainException.invalid("billing.sepa.bic");
            }
        }
        return transactions.execute(status -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, Zones.DEFAULT);
            sepa.revokeActive(organisationId, now);
            UUID id = UUID.randomUUID();
            String reference = sepa.nextMandateReference(today.getYear());
            sepa.insertMandate(
                    id,
                    organisationId,
                    reference,
                    name,
                    account,
                    bank,
                    today,
                    signer.accountId(),
                    signer.displayName());
            MandateView mandate =
                    sepa.activeMandate(organisationId).orElseThrow().view();
            events.publishEvent(new EmailRequested(
                    "mandate:" + id + ":signed",
                    signer.accountId(),
                    signer.email(),
                    signer.language(),
                    "billing/mandate-signed",
                    "billing.mail.mandate.subject",
                    new Object[] {reference},
                    null,
                    Map.of(
                            "recipientName",
                            signer.displayName(),
                            "reference",
                            reference,
                            "debtorName",
                            name,
                            "iban",
                            mandate.iban(),
                            "creditorId",
                            creditorId,
                            "signedOn",
                            DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today))));
            return mandate;
        });
    }

    /** Produces the month's batch (administrators): the invoices not debited yet of organisations with a mandate. */
    public SepaBatchView batch(CurrentUser admin, String period) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("batch");
        }
        YearMonth month = invoicing.parsePeriod(period);
        return transactions.execute(status -> {
            List<Pain008.Debit> debits = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            for (ToCollect invoice : sepa.toCollect(month.toString())) {
                Money left = invoice.amountDue().minus(invoice.credited());
                Optional<Mandate> mandate = sepa.activeMandate(invoice.organisationId());
                if (left.isZero() || left.isNegative() || mandate.isEmpty()) {
                    continue;
                }
                Mandate m = mandate.get();
                boolean first = !m.used() && rows.stream().noneMatch(r -> r[1].equals(m.id()));
                debits.add(new Pain008.Debit(
                        invoice.number(),
                        left,
                        m.reference(),
                        m.signedOn(),
                        m.debtorName(),
                        m.iban(),
                        m.bic(),
                        "Facture " + invoice.number(),
                        first));
                rows.add(new Object[] {invoice.invoiceId(), m.id(), left, first});
            }
            if (debits.isEmpty()) {
                throw new DomainException("billing.sepa.nothingToCollect", month.toString());
            }
            Instant now = clock.instant();
            LocalDate collection = businessDaysAfter(LocalDate.ofInstant(now, Zones.DEFAULT), COLLECTION_DELAY_DAYS);
            LegalParty seller = parties.generalSeller().orElseThrow();
            UUID id = UUID.randomUUID();
            String messageId = "RELAIS-" + month.toString().replace("-", "") + "-"
                    + id.toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
            byte[] file = Pain008.write(
                    messageId,
                    now,
                    collection,
                    new Pain008.Creditor(seller.legalName(), creditorIban, creditorBic, creditorId),
                    debits);
            Money total = debits.stream().map(Pain008.Debit::amount).reduce(Money.ZERO, Money::plus);
            sepa.insertBatch(
                    id, month.toString(), messageId, collection, debits.size(), total, file, now, admin.accountId());
            for (Object[] row : rows) {
                sepa.insertDebit(id, (UUID) row[0], (UUID) row[1], (Money) row[2], (Boolean) row[3]);
                sepa.markUsed((UUID) row[1], now);
            }
            return sepa.batch(id).orElseThrow();
        });
    }

    /** The batch's pain.008 file as produced (administrators). */
    public byte[] file(CurrentUser admin, UUID batchId) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("batch");
        }
        return transactions.execute(status -> sepa.file(batchId).orElseThrow(() -> new NotFoundException("batch")));
    }

    private static LocalDate businessDaysAfter(LocalDate day, int days) {
        LocalDate result = day;
        int added = 0;
        while (added < days) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return result;
    }

    private static void readable(CurrentUser reader, UUID organisationId) {
        if (organisationId == null || !(reader.isAdmin() || reader.actsFor(Role.CLIENT_ADMIN, organisationId))) {
            throw new NotFoundException("organisation");
        }
    }
}
