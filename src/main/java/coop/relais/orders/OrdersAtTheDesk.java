package coop.relais.orders;

import coop.relais.orders.internal.OrderListQueries;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the desk of a site, counted the way the board sorts it (a late order counts as late
 * only), with one grouped count rather than by building the board: a staff home page shows these.
 */
@Service
@Transactional(readOnly = true)
public class OrdersAtTheDesk {

    /** Open orders late, to accept and to dispatch (the board's first three columns). */
    public record Counts(long late, long toAccept, long toDispatch) {}

    private final OrderListQueries lists;
    private final SiteDirectory sites;
    private final Clock clock;

    OrdersAtTheDesk(OrderListQueries lists, SiteDirectory sites, Clock clock) {
        this.lists = lists;
        this.sites = sites;
        this.clock = clock;
    }

    public Counts counts(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), sites.zoneOf(siteId));
        Map<OrderStatus, long[]> byStatus = lists.openCountsAtSite(siteId, today);
        long late = byStatus.values().stream().mapToLong(c -> c[1]).sum();
        return new Counts(
                late,
                notLate(byStatus, OrderStatus.SUBMITTED),
                notLate(byStatus, OrderStatus.ACCEPTED)
                        + notLate(byStatus, OrderStatus.DECLINED)
                        + notLate(byStatus, OrderStatus.INCIDENT));
    }

    private static long notLate(Map<OrderStatus, long[]> byStatus, OrderStatus status) {
        long[] counts = byStatus.get(status);
        return counts == null ? 0 : counts[0];
    }
}
