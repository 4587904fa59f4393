package coop.relais.reuse;

import coop.relais.reuse.internal.DeclarationRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quarterly declarations of a site's reuse shop for the eco-organisations that fund reuse. A quarter is
 * declared once it has ended, with the report's figures of that quarter; the declaration is then frozen:
 * producing it again gives the same one, whatever was recorded late in that quarter. For the site's staff.
 */
@Service
public class Declarations {

    private final Ressourcerie ressourcerie;
    private final DeclarationRepository declarations;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Declarations(
            Ressourcerie ressourcerie,
            DeclarationRepository declarations,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ressourcerie = ressourcerie;
        this.declarations = declarations;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The declaration of that quarter, produced now if it was not yet; refused for a quarter not ended. */
    public Declaration produce(CurrentUser user, UUID siteId, int year, int quarter) {
        ZoneId zone = ressourcerie.zoneOf(user, siteId);
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw DomainException.invalid("reuse.declaration.quarter");
        }
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        if (!LocalDate.now(clock.withZone(zone)).isAfter(last)) {
            throw DomainException.rule("reuse.declaration.notEnded");
        }
        Optional<Declaration> done = declarations.find(siteId, year, quarter);
        if (done.isPresent()) {
            return done.get();
        }
        ReuseReport report = ressourcerie.report(user, siteId, first, last, zone);
        try {
            transactions.executeWithoutResult(status ->
                    declarations.insert(siteId, year, quarter, user.accountId(), clock.instant(), report.lines()));
        } catch (DataIntegrityViolationException raced) {
            // Produced at the same time by someone else: theirs stands.
        }
        return declarations.find(siteId, year, quarter).orElseThrow();
    }

    /** One declaration, to the staff of its site. */
    public Declaration find(CurrentUser user, UUID declarationId) {
        Declaration declaration =
                declarations.find(declarationId).orElseThrow(() -> new NotFoundException("declaration"));
        if (!user.worksAt(declaration.siteId())) {
            throw new NotFoundException("declaration");
        }
        return declaration;
    }

    /** The site's declarations, newest quarter first. */
    public List<Declaration> ofSite(CurrentUser user, UUID siteId) {
        ressourcerie.zoneOf(user, siteId);
        return declarations.ofSite(siteId);
    }
}
