package coop.relais.reuse;

import coop.relais.desk.DeskJournal;
import coop.relais.identity.AccountDirectory;
import coop.relais.reuse.internal.ReuseRepository;
import coop.relais.reuse.internal.SaleRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.TextRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sales of the reuse shop at the desk: an item of a category, described and priced, sold paid on the spot or
 * on the buyer's ardoise. A sale is numbered per site and never changed. Cash goes into the desk's till: the
 * desk must be open, and the sale is written in its journal in the same transaction. A sale on the ardoise is
 * charged to the buyer's account by billing, after the sale's commit, once.
 */
@Service
public class ShopSales {

    /** The dearest item sold at the desk. */
    static final BigDecimal MAX_PRICE = new BigDecimal("5000");

    private final ReuseRepository repository;
    private final SaleRepository sales;
    private final AccountDirectory accounts;
    private final DeskJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ShopSales(
            ReuseRepository repository,
            SaleRepository sales,
            AccountDirectory accounts,
            DeskJournal journal,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.sales = sales;
        this.accounts = accounts;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What the desk types to sell an item. */
    public record NewSale(
            ReuseCategory category, String description, BigDecimal price, SalePayment payment, UUID buyerId) {}

    /** Records a sale (see the class comment). A refusal writes nothing: no sale, no till line, no charge. */
    public Sale sell(CurrentUser user, UUID siteId, NewSale sale) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        if (sale.category() == null) {
            throw DomainException.invalid("reuse.category");
        }
        String description = TextRules.trimmed(sale.description());
        if (description == null || description.length() > 200 || !TextRules.isOneLine(description)) {
            throw DomainException.invalid("reuse.sale.description");
        }
        BigDecimal price = sale.price();
        if (price == null
                || price.signum() <= 0
                || price.stripTrailingZeros().scale() > 2
                || price.compareTo(MAX_PRICE) > 0) {
            throw DomainException.invalid("reuse.sale.price", MAX_PRICE);
        }
        if (sale.payment() == null) {
            throw DomainException.invalid("reuse.sale.payment");
        }
        if (sale.payment() == SalePayment.ARDOISE && sale.buyerId() == null) {
            throw DomainException.invalid("reuse.sale.buyerNeeded");
        }
        if (sale.buyerId() != null && !accounts.holds(sale.buyerId(), Role.MEMBER, siteId)) {
            throw DomainException.invalid("reuse.sale.buyer");
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                transactions.executeWithoutResult(status -> repository.prepare(siteId, sale.category()));
                break;
            } catch (DataIntegrityViolationException raced) {
                // Made at the same time by another first sale or intake: it is there now.
            }
        }
        UUID id = transactions.execute(status -> {
            Instant now = clock.instant();
            long number = sales.nextNumber(siteId);
            UUID saleId = sales.insert(
                    siteId,
                    number,
                    sale.category(),
                    description,
                    price,
                    sale.payment().name(),
                    sale.buyerId(),
                    user.accountId(),
                    now);
            switch (sale.payment()) {
                case CASH ->
                    journal.recordCashTaken(user, siteId, saleId, Money.of(price), "Ressourcerie, vente n° " + number);
                case ARDOISE ->
                    events.publishEvent(
                            new ReuseItemSold(saleId, siteId, number, sale.buyerId(), description, price, now));
                case CARD -> {
                    // Settled by the card terminal, whose own report the desk reconciles.
                }
            }
            return saleId;
        });
        return sales.find(id).orElseThrow();
    }

    /** What the shop sold between two instants, in euros; to the site's staff. */
    public BigDecimal total(CurrentUser user, UUID siteId, Instant from, Instant to) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        return sales.total(siteId, from, to);
    }

    /** The site's latest sales, newest first; to its staff. */
    public List<Sale> recent(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        return sales.recent(siteId, 20);
    }
}
