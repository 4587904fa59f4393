package coop.relais.orders.internal;

import coop.relais.orders.OrderStatus;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.paging.Cursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of orders people open every day (the desk board, a provider's jobs, the order lists),
 * each read from an index in its own order so that it stays fast as the history grows (ADR 0009).
 */
@Repository
public class OrderListQueries {

    private static final String SELECT = OrderRepository.SELECT;

    private final JdbcClient jdbc;

    OrderListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When an order of the site last changed (placed, moved, handed over), read from the index over
     * {@code (site_id, updated_at)} whatever the size of the history; null for a site with no order.
     */
    public Instant lastChangeAtSite(UUID siteId) {
        return jdbc.sql("SELECT MAX(updated_at) FROM customer_order WHERE site_id = ?")
                .param(siteId)
                .query((rs, n) -> Instants.read(rs, 1))
                .single();
    }

    /** The open orders of a site, the most urgent first (the desk board). */
    public List<OrderData> openAtSite(UUID siteId, int limit) {
        return jdbc.sql(SELECT + "WHERE site_id = :site AND status IN (:open) ORDER BY due_on, placed_at LIMIT :limit")
                .param("site", siteId)
                .param("open", OrderRows.names(OrderStatus.open()))
                .param("limit", limit)
                .query(OrderRows::data)
                .list();
    }

    /** How many of a member's open orders stand at each status (a member's history is short). */
    public java.util.Map<OrderStatus, Long> openCountsOfMember(UUID memberId) {
        java.util.Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
        jdbc.sql(
                        "SELECT status, COUNT(*) FROM customer_order WHERE member_id = :member AND status IN (:open) GROUP BY status")
                .param("member", memberId)
                .param("open", OrderRows.names(OrderStatus.open()))
                .query(rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * How many of a site's open orders stand at each status, late ones apart (past due on {@code today}
     * in a status where that makes them late): {@code [not late, late]} per status. One grouped count,
     * however many orders.
     */
    public java.util.Map<OrderStatus, long[]> openCountsAtSite(UUID siteId, java.time.LocalDate today) {
        java.util.Map<OrderStatus, long[]> counts = new java.util.EnumMap<>(OrderStatus.class);
        jdbc.sql("""
                        SELECT status, late, COUNT(*) FROM (
                            SELECT status, CASE WHEN due_on < :today AND status IN (:late) THEN 1 ELSE 0 END AS late
                            FROM customer_order WHERE site_id = :site AND status IN (:open)) o
                        GROUP BY status, late""")
                .param("site", siteId)
                .param("today", today)
                .param("late", OrderRows.names(Order.LATE_WHEN_PAST_DUE))
                .param("open", OrderRows.names(OrderStatus.open()))
                .query(rs -> {
                    counts.computeIfAbsent(OrderStatus.valueOf(rs.getString(1)), s -> new long[2])[rs.getInt(2)] +=
                            rs.getLong(3);
                });
        return counts;
    }

    /** Jobs held by these providers, open ones first then the most recent. */
    public List<OrderData> ofProviders(Collection<UUID> providerIds, Set<OrderStatus> statuses, int limit) {
        if (providerIds.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        SELECT
                                + "WHERE provider_id IN (:providers) AND status IN (:statuses) ORDER BY updated_at DESC LIMIT :limit")
                .param("providers", List.copyOf(providerIds))
                .param("statuses", OrderRows.names(statuses))
                .param("limit", limit)
                .query(OrderRows::data)
                .list();
    }

    /** What a person may see, as a filter: their own orders, their sites', their organisations' jobs. */
    public record Scope(boolean all, UUID memberId, Set<UUID> staffSites, Set<UUID> providers) {}

    /**
     * Orders in the scope, newest first, read by keyset after the cursor: each branch of the scope (the
     * member's own orders, each staff site, each provider) is read from its own index, newest first and
     * at most {@code limit} rows, and the branches are merged; so a page costs the same whatever the
     * history and whatever page it is.
     */
    public List<OrderData> searchAfter(Scope scope, OrderStatus status, UUID siteId, Cursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> branches = new ArrayList<>();
        if (scope.all()) {
            branches.add("1 = 1");
        } else {
            branches.add("member_id = :me");
            params.put("me", scope.memberId());
            int n = 0;
            for (UUID site : scope.staffSites()) {
                branches.add("site_id = :staff" + n);
                params.put("staff" + n++, site);
            }
            n = 0;
            for (UUID provider : scope.providers()) {
                branches.add("provider_id = :provider" + n);
                params.put("provider" + n++, provider);
            }
        }
        StringBuilder filters = new StringBuilder();
        if (status != null) {
            filters.append(" AND status = :status");
            params.put("status", status.name());
        }
        if (siteId != null) {
            filters.append(" AND site_id = :site");
            params.put("site", siteId);
        }
        if (after != null) {
            filters.append(" AND (placed_at < :afterAt OR (placed_at = :afterAt AND id < :afterId))");
            params.put("afterAt", Instants.param(after.at()));
            params.put("afterId", after.id());
        }
        params.put("limit", limit);
        String union = branches.stream()
                .map(branch -> "(SELECT id, placed_at FROM customer_order WHERE " + branch + filters
                        + " ORDER BY placed_at DESC, id DESC LIMIT :limit)")
                .collect(Collectors.joining(" UNION "));
        List<UUID> ids = jdbc.sql("SELECT id FROM (" + union + ") found ORDER BY placed_at DESC, id DESC LIMIT :limit")
                .params(params)
                .query(UUID.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, OrderData> byId = new LinkedHashMap<>();
        jdbc.sql(SELECT + "WHERE id IN (:ids)")
                .param("ids", ids)
                .query(OrderRows::data)
                .list()
                .forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
