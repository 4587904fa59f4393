package coop.relais.desk.internal;

import coop.relais.desk.CollectionMethod;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.ParcelStatus;
import coop.relais.desk.ParcelView;
import coop.relais.shared.DomainException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.jdbc.RowCreation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parcels, the proxies members allow, and the per-site parcel settings. */
@Repository
public class ParcelRepository {

    private static final String COLUMNS = """
            id, site_id, recipient_id, recipient_name, carrier, tracking_number, size, shelf, status, pickup_code,
            code_attempts, received_on, received_at, received_by, notified_at, reminded_at, return_flagged_at,
            collected_at, collection_method, collector_name, handed_over_by, returned_at, return_note, returned_by, version
            """;
    private static final String SELECT = "SELECT " + COLUMNS + " FROM desk_parcel ";
    private static final String WAITING = "status IN ('RECEIVED', 'NOTIFIED')";

    private final JdbcClient jdbc;
    private final RowCreation rows;

    ParcelRepository(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public void insert(Parcel p) {
        jdbc.sql(
                        "INSERT INTO desk_parcel (" + COLUMNS
                                + ") VALUES (:id, :site, :recipient, :recipientName, :carrier, :tracking, :size, :shelf, :status,"
                                + " :code, :attempts, :receivedOn, :receivedAt, :receivedBy, :notifiedAt, :remindedAt, :flaggedAt,"
                                + " :collectedAt, :method, :collector, :handedOverBy, :returnedAt, :returnNote, :returnedBy, 0)")
                .params(params(p))
                .update();
    }

    /** Saves the parcel's changes; refuses if someone else changed it meanwhile. */
    public void update(Parcel p) {
        int updated = jdbc.sql("""
                        UPDATE desk_parcel SET status = :status, pickup_code = :code, code_attempts = :attempts,
                               notified_at = :notifiedAt, reminded_at = :remindedAt, return_flagged_at = :flaggedAt,
                               collected_at = :collectedAt, collection_method = :method, collector_name = :collector,
                               handed_over_by = :handedOverBy, returned_at = :returnedAt, return_note = :returnNote,
                               returned_by = :returnedBy, version = version + 1
                         WHERE id = :id AND version = :version""").params(params(p)).update();
        if (updated != 1) {
            throw new DomainException("desk.parcel.changed");
        }
    }

    private static Map<String, Object> params(Parcel p) {
        var map = new java.util.HashMap<String, Object>();
        map.put("id", p.id());
        map.put("site", p.siteId());
        map.put("recipient", p.recipientId());
        map.put("recipientName", p.recipientName());
        map.put("carrier", p.carrier());
        map.put("tracking", p.trackingNumber());
        map.put("size", p.size().name());
        map.put("shelf", p.shelf());
        map.put("status", p.status().name());
        map.put("code", p.pickupCode());
        map.put("attempts", p.codeAttempts());
        map.put("receivedOn", p.receivedOn());
        map.put("receivedAt", Instants.param(p.receivedAt()));
        map.put("receivedBy", p.receivedBy());
        map.put("notifiedAt", Instants.param(p.notifiedAt()));
        map.put("remindedAt", Instants.param(p.remindedAt()));
        map.put("flaggedAt", Instants.param(p.returnFlaggedAt()));
        map.put("collectedAt", Instants.param(p.collectedAt()));
        map.put(
                "method",
                p.collectionMethod() == null ? null : p.collectionMethod().name());
        map.put("collector", p.collectorName());
        map.put("handedOverBy", p.handedOverBy());
        map.put("returnedAt", Instants.param(p.returnedAt()));
        map.put("returnNote", p.returnNote());
        map.put("returnedBy", p.returnedBy());
        map.put("version", p.version());
        return map;
    }

    public Optional<Parcel> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(ParcelRepository::parcel)
                .optional();
    }

    /** Locks the row for the rest of the transaction (hand-over, return, reminders). */
    public Optional<Parcel> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ? FOR UPDATE")
                .param(id)
                .query(ParcelRepository::parcel)
                .optional();
    }

    public Optional<ParcelView> findView(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(ParcelRepository::view)
                .optional();
    }

    public boolean codeInUse(UUID siteId, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM desk_parcel WHERE site_id = ? AND pickup_code = ?")
                        .params(siteId, code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Parcels with this tracking number received at the site on that day. */
    public List<ParcelView> sameTrackingNumber(UUID siteId, String trackingNumber, LocalDate on) {
        return jdbc.sql(SELECT + "WHERE site_id = ? AND tracking_number = ? AND received_on = ? ORDER BY received_at")
                .params(siteId, trackingNumber, on)
                .query(ParcelRepository::view)
                .list();
    }

    /** Parcels on the shelf at the site, by shelf then recipient. */
    public List<ParcelView> waitingAt(UUID siteId) {
        return jdbc.sql(SELECT + "WHERE site_id = ? AND " + WAITING + " ORDER BY shelf, recipient_name, received_at")
                .param(siteId)
                .query(ParcelRepository::view)
                .list();
    }

    public List<ParcelView> page(UUID siteId, ParcelStatus status, int page, int size) {
        return jdbc.sql(SELECT + "WHERE site_id = :site AND (:status IS NULL OR status = :status)"
                        + " ORDER BY received_at DESC, id LIMIT :limit OFFSET :offset")
                .param("site", siteId)
                .param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ParcelRepository::view)
                .list();
    }

    public long count(UUID siteId, ParcelStatus status) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM desk_parcel WHERE site_id = :site AND (:status IS NULL OR status = :status)")
                .param("site", siteId)
                .param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
                .query(Long.class)
                .single();
    }

    /** Waiting parcels at the site whose code, tracking number or recipient's name matches. */
    public List<ParcelView> searchWaiting(UUID siteId, String query, int limit) {
        String exact = query.strip();
        String pattern = LikePattern.contains(exact);
        return jdbc.sql(SELECT + "WHERE site_id = ? AND " + WAITING
                        + " AND (pickup_code = ? OR tracking_number = ? OR LOWER(recipient_name) LIKE ? ESCAPE '!'"
                        + " OR LOWER(tracking_number) LIKE ? ESCAPE '!')"
                        + " ORDER BY recipient_name, received_at LIMIT ?")
                .params(siteId, exact, exact, pattern, pattern, limit)
                .query(ParcelRepository::view)
                .list();
    }

    public Optional<ParcelView> waitingWithCode(UUID siteId, String code) {
        return jdbc.sql(SELECT + "WHERE site_id = ? AND pickup_code = ? AND " + WAITING)
                .params(siteId, code)
                .query(ParcelRepository::view)
                .optional();
    }

    public List<ParcelView> waitingFor(UUID recipientId, UUID siteId) {
        return jdbc.sql(SELECT + "WHERE recipient_id = ? AND site_id = ? AND " + WAITING + " ORDER BY received_at")
                .params(recipientId, siteId)
                .query(ParcelRepository::view)
                .list();
    }

    /** The member's waiting parcels at every site, with their codes. */
    public List<Parcel> waitingForMember(UUID recipientId) {
        return jdbc.sql(SELECT + "WHERE recipient_id = ? AND " + WAITING + " ORDER BY received_at")
                .param(recipientId)
                .query(ParcelRepository::parcel)
                .list();
    }

    /** The member's parcels that left the shelf recently (most recent first). */
    public List<ParcelView> recentlyGoneForMember(UUID recipientId, Instant since) {
        return jdbc.sql(
                        SELECT + "WHERE recipient_id = ? AND status IN ('COLLECTED', 'RETURNED')"
                                + " AND COALESCE(collected_at, returned_at) >= ? ORDER BY COALESCE(collected_at, returned_at) DESC")
                .params(recipientId, Instants.param(since))
                .query(ParcelRepository::view)
                .list();
    }

    public Map<UUID, Integer> waitingCounts(UUID siteId, Collection<UUID> recipients) {
        if (recipients.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT recipient_id, COUNT(*) AS n FROM desk_parcel WHERE site_id = :site AND " + WAITING
                        + " AND recipient_id IN (:ids) GROUP BY recipient_id")
                .param("site", siteId)
                .param("ids", recipients)
                .query((rs, n) -> Map.entry(rs.getObject("recipient_id", UUID.class), rs.getInt("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Ids of waiting parcels the reminder job may have to act on (not yet flagged for return). */
    public List<UUID> idsForReminders() {
        return jdbc.sql("SELECT id FROM desk_parcel WHERE " + WAITING
                        + " AND return_flagged_at IS NULL ORDER BY received_at")
                .query(UUID.class)
                .list();
    }

    // Mapping

    static Parcel parcel(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("collection_method");
        return new Parcel(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getObject("recipient_id", UUID.class),
                rs.getString("recipient_name"),
                rs.getString("carrier"),
                rs.getString("tracking_number"),
                ParcelSize.valueOf(rs.getString("size")),
                rs.getString("shelf"),
                rs.getObject("received_on", LocalDate.class),
                Instants.read(rs, "received_at"),
                rs.getObject("received_by", UUID.class),
                rs.getInt("version"),
                ParcelStatus.valueOf(rs.getString("status")),
                rs.getString("pickup_code"),
                rs.getInt("code_attempts"),
                Instants.read(rs, "notified_at"),
                Instants.read(rs, "reminded_at"),
                Instants.read(rs, "return_flagged_at"),
                Instants.read(rs, "collected_at"),
                method == null ? null : CollectionMethod.valueOf(method),
                rs.getString("collector_name"),
                rs.getObject("handed_over_by", UUID.class),
                Instants.read(rs, "returned_at"),
                rs.getString("return_note"),
                rs.getObject("returned_by", UUID.class));
    }

    static ParcelView view(ResultSet rs, int row) throws SQLException {
        Parcel p = parcel(rs, row);
        return toView(p);
    }

    public static ParcelView toView(Parcel p) {
        return new ParcelView(
                p.id(),
                p.siteId(),
                p.recipientId(),
                p.recipientName(),
                p.carrier(),
                p.trackingNumber(),
                p.size(),
                p.shelf(),
                p.status(),
                p.receivedOn(),
                p.receivedAt(),
                p.notifiedAt(),
                p.remindedAt(),
                p.returnFlaggedAt(),
                p.codeLocked(),
                p.collectedAt(),
                p.collectionMethod(),
                p.collectorName(),
                p.returnedAt(),
                p.returnNote());
    }
}
