package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.CertificateMail;
import coop.relais.billing.internal.CertificateRepository;
import coop.relais.billing.internal.CertificateRepository.StoredCertificate;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.TabAllocation;
import coop.relais.billing.internal.TaxCertificate;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.organisation.BillingParties;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' yearly tax certificates ("attestations fiscales") for the personal services they paid: issued
 * once per member and year, from 1 January of the next year, by the billing entity declared for
 * personal services; stored as issued and downloaded byte for byte ever after. In January a scheduled
 * job issues every certificate due and tells each member by e-mail, well before the 31 March deadline.
 */
@Service
public class TaxCertificates {

    /** The first year Relais issues certificates for. */
    static final int FIRST_YEAR = 2000;

    private static final Logger log = LoggerFactory.getLogger(TaxCertificates.class);

    private final Ledger ledger;
    private final CertificateRepository certificates;
    private final BillingParties parties;
    private final AccountDirectory people;
    private final CertificateMail mail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    TaxCertificates(
            Ledger ledger,
            CertificateRepository certificates,
            BillingParties parties,
            AccountDirectory people,
            CertificateMail mail,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.certificates = certificates;
        this.parties = parties;
        this.people = people;
        this.mail = mail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A certificate the member may download: its year, number once issued, and amounts. */
    public record Available(int year, String number, Money amountPaid, Money cesu) {}

    /** The member's own certificate of {@code year}, as a PDF: issued now if it was not yet. */
    public byte[] pdf(CurrentUser member, int year) {
        checkYear(year);
        Account account =
                ledger.findByMember(member.accountId()).orElseThrow(() -> new NotFoundException("certificate"));
        return transactions.execute(status -> issue(account, year)
                .orElseThrow(() -> new DomainException("billing.certificate.nothingPaid", String.valueOf(year)))
                .pdf());
    }

    /** The years the member paid personal services in, over and certified or certifiable, newest first. */
    public List<Available> available(CurrentUser member) {
        Optional<Account> account = ledger.findByMember(member.accountId());
        if (account.isEmpty()) {
            return List.of();
        }
        int thisYear = Year.now(clock.withZone(Zones.DEFAULT)).getValue();
        List<TabAllocation.Charge> charges =
                TabAllocation.allocate(certificates.entries(account.get().id(), startOf(thisYear)));
        List<Available> years = new ArrayList<>();
        for (int year = thisYear - 1; year >= FIRST_YEAR && years.size() < 10; year--) {
            int y = year;
            Optional<StoredCertificate> stored = certificates.find(account.get().id(), y);
            if (stored.isPresent()) {
                years.add(new Available(
                        y,
                        stored.get().number(),
                        stored.get().amountPaid(),
                        stored.get().cesuAmount()));
                continue;
            }
            TaxCertificate certificate = TaxCertificate.of(y, charges, Zones.DEFAULT);
            if (certificate.any()) {
                years.add(new Available(y, null, certificate.paid(), certificate.cesu()));
            }
            if (charges.stream().noneMatch(c -> c.entry().occurredAt().isBefore(startOf(y)))) {
                break;
            }
        }
        return years;
    }

    /**
     * In January, the certificates of the year just ended: issued for every member who paid personal
     * services, each told once by e-mail. Runs every day of January so that a day missed is caught up.
     */
    @Scheduled(cron = "${relais.billing.certificates-cron:0 0 5 * 1 *}", zone = "Europe/Paris")
    @SchedulerLock(name = "billing-tax-certificates", lockAtMostFor = "PT2H")
    public void issueLastYear() {
        int last = Year.now(clock.withZone(Zones.DEFAULT)).getValue() - 1;
        log.info("Tax certificates of {}: {} issued", last, issueAll(last));
    }

    /** Issues and announces every certificate of {@code year} not issued yet; returns how many were new. */
    int issueAll(int year) {
        int issued = 0;
        for (UUID accountId : certificates.accountsWithPersonalServices(startOf(year + 1))) {
            Boolean isNew = transactions.execute(status -> {
                Account account = ledger.find(accountId).orElseThrow();
                boolean existed = certificates.find(accountId, year).isPresent();
                issue(account, year).ifPresent(certificate -> {
                    if (certificates.markNotified(certificate.id(), clock.instant())) {
                        people.find(account.memberId())
                                .ifPresent(person -> mail.certificateAvailable(person, certificate));
                    }
                });
                return !existed;
            });
            issued += Boolean.TRUE.equals(isNew) ? 1 : 0;
        }
        return issued;
    }

    /** The stored certificate, or a new one issued under the account's lock; empty when nothing was paid. */
    private Optional<StoredCertificate> issue(Account account, int year) {
        Optional<StoredCertificate> stored = certificates.find(account.id(), year);
        if (stored.isPresent()) {
            return stored;
        }
        ledger.lock(account.id());
        stored = certificates.find(account.id(), year);
        if (stored.isPresent()) {
            return stored;
        }
        TaxCertificate certificate = TaxCertificate.of(
                year, TabAllocation.allocate(certificates.entries(account.id(), startOf(year + 1))), Zones.DEFAULT);
        if (!certificate.any()) {
            return Optional.empty();
        }
        LegalParty seller = parties.personalServicesSeller()
                .orElseThrow(() -> new DomainException("billing.certificate.noDeclaredEntity"));
        Instant now = clock.instant();
        String number = certificates.nextNumber(year);
        String beneficiary =
                people.find(account.memberId()).map(AccountSummary::displayName).orElse("—");
        byte[] pdf = certificate.pdf(number, LocalDate.ofInstant(now, Zones.DEFAULT), seller, beneficiary);
        StoredCertificate issued = new StoredCertificate(
                UUID.randomUUID(), account.id(), year, number, certificate.paid(), certificate.cesu(), pdf, now, null);
        certificates.insert(issued, seller.id(), sha256(pdf));
        return Optional.of(issued);
    }

    private void checkYear(int year) {
        int thisYear = Year.now(clock.withZone(Zones.DEFAULT)).getValue();
        if (year < FIRST_YEAR || year > thisYear + 1) {
            throw DomainException.invalid("billing.certificate.year.invalid", String.valueOf(year));
        }
        if (year >= thisYear) {
            throw new DomainException(
                    "billing.certificate.year.notOver", String.valueOf(year), String.valueOf(year + 1));
        }
    }

    private static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Zones.DEFAULT).toInstant();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
