package coop.relais.orders;

import coop.relais.orders.internal.OrderData;
import coop.relais.orders.internal.OrderListQueries;
import coop.relais.orders.internal.OrderViews;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open orders of a site as its desk sees them: the board (in columns, with a version that tells a
 * refreshing board "nothing changed"), and what waits, counted the way the board sorts it (a late order
 * counts as late only) with one grouped count rather than by building the board, for a staff home page.
 */
@Service
@Transactional(readOnly = true)
public class OrdersAtTheDesk {

    /** Open orders late, to accept and to dispatch (the board's first three columns). */
    public record Counts(long late, long toAccept, long toDispatch) {}

    /** Most orders the board shows at once. */
    static final int BOARD_LIMIT = 300;

    private final OrderListQueries lists;
    private final OrderViews views;
    private final SiteDirectory sites;
    private final Clock clock;

    OrdersAtTheDesk(OrderListQueries lists, OrderViews views, SiteDirectory sites, Clock clock) {
        this.lists = lists;
        this.views = views;
        this.sites = sites;
        this.clock = clock;
    }

    /**
     * A version of the site's desk board: it changes whenever an order of the site changes and when the
     * day changes (lateness), so that a board refreshing itself can be told "nothing changed" (304)
     * without being built. The providers serving the site are part of it too: a provider added or
     * renamed shows in the dispatch lists at the next refresh.
     */
    @Transactional(readOnly = true)
    public String boardVersion(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        ZoneId zone = sites.zoneOf(siteId);
        return siteId + "|" + lists.lastChangeAtSite(siteId) + "|" + LocalDate.ofInstant(clock.instant(), zone) + "|"
                + Integer.toHexString(sites.providersServing(siteId).hashCode());
    }

    /** The desk board of a site the person works at (404 for another site). */
    @Transactional(readOnly = true)
    public DeskBoard board(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        SiteView site = sites.find(siteId).orElseThrow(() -> new NotFoundException("site"));
        List<OrderData> open = lists.openAtSite(siteId, BOARD_LIMIT + 1);
        boolean truncated = open.size() > BOARD_LIMIT;
        List<OrderView> shown = views.summaries(truncated ? open.subList(0, BOARD_LIMIT) : open, user);
        return DeskBoard.inColumns(site, shown, sites.providersServing(siteId), truncated);
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
