package coop.relais.booking;

import coop.relais.booking.internal.ResourceRepository;
import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.OfferView;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repair of a damaged resource: the desk orders it from a provider as an order of the site, on one of
 * the site's offers that its owner pays in full (so that no member is charged for it), and the damage keeps
 * the order it led to. The resource stays out of service until the desk puts it back.
 */
@Service
public class Repairs {

    private static final int MAX_NOTE = 1000;

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final Catalogue catalogue;
    private final OrderManagement orders;
    private final TransactionTemplate transactions;

    Repairs(
            JdbcClient jdbc,
            ResourceRepository resources,
            Catalogue catalogue,
            OrderManagement orders,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.catalogue = catalogue;
        this.orders = orders;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The damages of the site's resources not repaired yet, newest first; for the site's staff only. */
    public List<DamageView> open(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return jdbc.sql(SELECT + " WHERE r.site_id = ? AND d.repaired_at IS NULL ORDER BY d.reported_at DESC LIMIT 100")
                .param(siteId)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The site's offers a repair may be ordered on: active, and paid in full by the site's owner. */
    public List<OfferView> offers(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return catalogue.activeOffersAt(siteId).stream()
                .filter(offer -> offer.payerRule().paidBySiteOwnerAlone())
                .toList();
    }

    /**
     * Orders the repair of a damage on one of the site's repair offers. A damage leads to one order at
     * most: ordering it again (even at the same time) is refused, and nothing is written.
     */
    public DamageView order(CurrentUser user, UUID damageId, UUID offerId, String note) {
        return transactions.execute(status -> {
            DamageView damage = find(damageId)
                    .filter(d -> resources
                            .find(d.resourceId())
                            .map(r -> user.worksAt(r.siteId()))
                            .orElse(false))
                    .orElseThrow(() -> new NotFoundException("damage"));
            // Under the damage's row lock: two desks ordering it at once place one order.
            jdbc.sql("SELECT id FROM booking_damage WHERE id = ? FOR UPDATE")
                    .param(damageId)
                    .query(Object.class)
                    .list();
            DamageView locked = find(damageId).orElseThrow(() -> new NotFoundException("damage"));
            if (locked.repairOrdered()) {
                throw new DomainException("booking.repair.alreadyOrdered", locked.repairOrderReference());
            }
            UUID siteId = resources.find(damage.resourceId()).orElseThrow().siteId();
            if (offerId == null || offers(user, siteId).stream().noneMatch(o -> o.id().equals(offerId))) {
                throw DomainException.invalid("booking.repair.offer");
            }
            OrderView order = orders.placeForSite(user, offerId, note(damage, note));
            jdbc.sql("UPDATE booking_damage SET repair_order_id = ?, repair_order_reference = ? WHERE id = ?")
                    .params(order.id(), order.reference(), damageId)
                    .update();
            return find(damageId).orElseThrow();
        });
    }

    /** What the provider reads on the order: the resource, its plate, the damage, and the desk's words. */
    private static String note(DamageView damage, String extra) {
        StringBuilder text = new StringBuilder(damage.resourceName());
        if (damage.plate() != null) {
            text.append(" (").append(damage.plate()).append(')');
        }
        text.append(" : ").append(damage.description());
        if (extra != null && !extra.isBlank()) {
            text.append('\n').append(extra.strip());
        }
        return text.length() <= MAX_NOTE ? text.toString() : text.substring(0, MAX_NOTE);
    }

    private Optional<DamageView> find(UUID damageId) {
        return jdbc.sql(SELECT + " WHERE d.id = ? AND d.repaired_at IS NULL")
                .param(damageId)
                .query((rs, n) -> view(rs))
                .optional();
    }

    private static final String SELECT = """
            SELECT d.id, d.resource_id, r.name, r.plate, d.description, d.reported_at, s.time_zone,
                   a.display_name, d.repair_order_id, d.repair_order_reference
            FROM booking_damage d
            JOIN booking_resource r ON r.id = d.resource_id
            JOIN site s ON s.id = r.site_id
            JOIN account a ON a.id = d.reported_by""";

    private static DamageView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DamageView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Instants.read(rs, "reported_at"),
                java.time.ZoneId.of(rs.getString(7)),
                rs.getString(8),
                rs.getObject(9, UUID.class),
                rs.getString(10));
    }

    private static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }
}
