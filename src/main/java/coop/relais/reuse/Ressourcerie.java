package coop.relais.reuse;

import coop.relais.identity.AccountDirectory;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.reuse.internal.ReuseRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reuse shop at the desk: a donation is weighed in (the container's tare taken off, so the weight kept is
 * net) and gets a receipt numbered at the site; sorted goods go out to the shop floor, to repair, to recycling
 * or to disposal, never more of a category than came in (the database holds that line under concurrency); the
 * kilos of a period make the report. For the site's staff only.
 */
@Service
public class Ressourcerie {

    /** The heaviest single weighing taken, in kg. */
    static final BigDecimal MAX_KG = new BigDecimal("5000");

    private final ReuseRepository repository;
    private final AccountDirectory accounts;
    private final SiteDirectory sites;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Ressourcerie(
            ReuseRepository repository,
            AccountDirectory accounts,
            SiteDirectory sites,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.accounts = accounts;
        this.sites = sites;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What is weighed in: the donor (a member of the site) and the condition are optional. */
    public record NewIntake(
            ReuseCategory category, BigDecimal grossKg, BigDecimal tareKg, String condition, UUID donorId) {}

    /** What goes out; the recipient (a recycler, a repairer) is optional. */
    public record NewOutflow(ReuseCategory category, Stream stream, BigDecimal kg, String recipient) {}

    /** A category's kilos in and out since the shop opened, and what is left in stock. */
    public record StockLine(ReuseCategory category, BigDecimal inKg, BigDecimal outKg) {

        public BigDecimal leftKg() {
            return inKg.subtract(outKg);
        }
    }

    /** Weighs a donation in and numbers its receipt. */
    public Intake intake(CurrentUser user, UUID siteId, NewIntake intake) {
        staff(user, siteId);
        if (intake.category() == null) {
            throw DomainException.invalid("reuse.category");
        }
        BigDecimal gross = kg(intake.grossKg(), "reuse.intake.gross");
        BigDecimal tare = intake.tareKg() == null ? BigDecimal.ZERO : intake.tareKg();
        if (tare.signum() < 0 || tare.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("reuse.intake.tare");
        }
        BigDecimal net = gross.subtract(tare);
        if (net.signum() <= 0) {
            throw DomainException.invalid("reuse.intake.tareAboveGross");
        }
        String condition = intake.condition() == null || intake.condition().isBlank()
                ? null
                : intake.condition().strip().toUpperCase(Locale.ROOT);
        if (condition != null && !List.of("GOOD", "WORN", "BROKEN").contains(condition)) {
            throw DomainException.invalid("reuse.intake.condition");
        }
        if (intake.donorId() != null && !accounts.holds(intake.donorId(), Role.MEMBER, siteId)) {
            throw DomainException.invalid("reuse.intake.donor");
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                transactions.executeWithoutResult(status -> repository.prepare(siteId, intake.category()));
                break;
            } catch (DataIntegrityViolationException raced) {
                // Made at the same time by another first intake: try once more, it is there now.
            }
        }
        UUID id = transactions.execute(status -> repository.intake(
                siteId,
                intake.category(),
                gross,
                tare,
                net,
                condition,
                intake.donorId(),
                user.accountId(),
                clock.instant()));
        return repository.intake(id).orElseThrow();
    }

    /** Records goods going out; more than is left of the category is refused, and nothing is written. */
    public Outflow outflow(CurrentUser user, UUID siteId, NewOutflow outflow) {
        staff(user, siteId);
        if (outflow.category() == null) {
            throw DomainException.invalid("reuse.category");
        }
        if (outflow.stream() == null) {
            throw DomainException.invalid("reuse.outflow.stream");
        }
        BigDecimal kg = kg(outflow.kg(), "reuse.outflow.kg");
        String recipient = outflow.recipient() == null || outflow.recipient().isBlank()
                ? null
                : outflow.recipient().strip();
        if (recipient != null && recipient.length() > 120) {
            throw DomainException.invalid("reuse.outflow.recipient");
        }
        UUID id = transactions.execute(status -> {
            if (!repository.takeOut(siteId, outflow.category(), kg)) {
                throw DomainException.rule("reuse.outflow.more", repository.left(siteId, outflow.category()));
            }
            return repository.outflow(
                    siteId, outflow.category(), outflow.stream(), kg, recipient, user.accountId(), clock.instant());
        });
        return repository.outflow(id).orElseThrow();
    }

    /** One intake, for its receipt; to the site's staff. */
    public Intake receipt(CurrentUser user, UUID intakeId) {
        Intake intake = repository.intake(intakeId).orElseThrow(() -> new NotFoundException("intake"));
        if (!user.worksAt(intake.siteId())) {
            throw new NotFoundException("intake");
        }
        return intake;
    }

    public List<Intake> recentIntakes(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return repository.recentIntakes(siteId, 20);
    }

    public List<Outflow> recentOutflows(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return repository.recentOutflows(siteId, 20);
    }

    public List<StockLine> stock(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return repository.stock(siteId);
    }

    /** The kilos in and out from {@code from} to {@code to} included, in the site's days. */
    public ReuseReport report(CurrentUser user, UUID siteId, LocalDate from, LocalDate to, ZoneId zone) {
        staff(user, siteId);
        if (from == null || to == null || to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw DomainException.invalid("reuse.report.period");
        }
        return repository.report(
                siteId,
                from,
                to,
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The site's time zone, in which a report's days are counted; to the site's staff. */
    public ZoneId zoneOf(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return sites.find(siteId).map(SiteView::timeZone).orElseThrow(() -> new NotFoundException("site"));
    }

    private static BigDecimal kg(BigDecimal value, String key) {
        if (value == null
                || value.signum() <= 0
                || value.stripTrailingZeros().scale() > 2
                || value.compareTo(MAX_KG) > 0) {
            throw DomainException.invalid(key, MAX_KG);
        }
        return value;
    }

    private static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }
}
