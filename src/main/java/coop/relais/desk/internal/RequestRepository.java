package coop.relais.desk.internal;

import coop.relais.desk.RequestStatus;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RequestRepository {

    private static final String SELECT = """
            SELECT id, reference, site_id, organisation_id, offer_id, service_name, quantity, unit_price, vat_rate,
                   beneficiary, location, item_number, details, status, created_at, created_by, created_by_name,
                   completed_at, completed_by, completed_by_name, completion_note, cancelled_at, version
              FROM desk_request
            """;

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextNumber() {
        return jdbc.sql("SELECT nextval('desk_request_number')")
                .query(Long.class)
                .single();
    }

    public void insert(DeskRequest r) {
        jdbc.sql("""
                        INSERT INTO desk_request (id, reference, site_id, organisation_id, offer_id, service_name, quantity,
                               unit_price, vat_rate, beneficiary, location, item_number, details, status, created_at,
                               created_by, created_by_name, version)
                        VALUES (:id, :reference, :site, :organisation, :offer, :service, :quantity, :unitPrice, :vat,
                               :beneficiary, :location, :itemNumber, :details, :status, :createdAt, :createdBy, :createdByName, 0)""").params(params(r)).update();
    }

    public void update(DeskRequest r) {
        int updated = jdbc.sql("""
                        UPDATE desk_request SET status = :status, completed_at = :completedAt, completed_by = :completedBy,
                               completed_by_name = :completedByName, completion_note = :note, cancelled_at = :cancelledAt,
                               version = version + 1
                         WHERE id = :id AND version = :version""").params(params(r)).update();
        if (updated != 1) {
            throw new DomainException("desk.request.changed");
        }
    }

    private static Map<String, Object> params(DeskRequest r) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", r.id);
        map.put("reference", r.reference);
        map.put("site", r.siteId);
        map.put("organisation", r.organisationId);
        map.put("offer", r.offerId);
        map.put("service", r.serviceName);
        map.put("quantity", r.quantity);
        map.put("unitPrice", r.unitPrice.amount());
        map.put("vat", r.vatRate);
        map.put("beneficiary", r.beneficiary);
        map.put("location", r.location);
        map.put("itemNumber", r.itemNumber);
        map.put("details", r.details);
        map.put("status", r.status.name());
        map.put("createdAt", Instants.param(r.createdAt));
        map.put("createdBy", r.createdBy);
        map.put("createdByName", r.createdByName);
        map.put("completedAt", Instants.param(r.completedAt));
        map.put("completedBy", r.completedBy);
        map.put("completedByName", r.completedByName);
        map.put("note", r.completionNote);
        map.put("cancelledAt", Instants.param(r.cancelledAt));
        map.put("version", r.version);
        return map;
    }

    public Optional<DeskRequest> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(RequestRepository::request)
                .optional();
    }

    public Optional<DeskRequest> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ? FOR UPDATE")
                .param(id)
                .query(RequestRepository::request)
                .optional();
    }

    /**
     * Requests matching every filter given (a null filter matches all), submitted ones first (oldest
     * first, as a queue), then the others, most recent first.
     */
    public List<DeskRequest> search(
            Collection<UUID> sites, Collection<UUID> organisations, RequestStatus status, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(sites, organisations, status, params);
        return jdbc.sql(SELECT + where
                        + " ORDER BY CASE WHEN status = 'SUBMITTED' THEN 0 ELSE 1 END,"
                        + " CASE WHEN status = 'SUBMITTED' THEN created_at END ASC,"
                        + " COALESCE(completed_at, cancelled_at, created_at) DESC, id"
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(RequestRepository::request)
                .list();
    }

    public long count(Collection<UUID> sites, Collection<UUID> organisations, RequestStatus status) {
        Map<String, Object> params = new HashMap<>();
        String where = where(sites, organisations, status, params);
        return jdbc.sql("SELECT COUNT(*) FROM desk_request " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(
            Collection<UUID> sites, Collection<UUID> organisations, RequestStatus status, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (sites != null) {
            if (sites.isEmpty()) {
                return "WHERE 1 = 0";
            }
            where.append(" AND site_id IN (:sites)");
            params.put("sites", sites);
        }
        if (organisations != null) {
            if (organisations.isEmpty()) {
                return "WHERE 1 = 0";
            }
            where.append(" AND organisation_id IN (:organisations)");
            params.put("organisations", organisations);
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        return where.toString();
    }

    static DeskRequest request(ResultSet rs, int row) throws SQLException {
        return new DeskRequest(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("site_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("offer_id", UUID.class),
                rs.getString("service_name"),
                rs.getInt("quantity"),
                Money.of(rs.getBigDecimal("unit_price")),
                rs.getBigDecimal("vat_rate"),
                rs.getString("beneficiary"),
                rs.getString("location"),
                rs.getString("item_number"),
                rs.getString("details"),
                Instants.read(rs, "created_at"),
                rs.getObject("created_by", UUID.class),
                rs.getString("created_by_name"),
                rs.getInt("version"),
                RequestStatus.valueOf(rs.getString("status")),
                Instants.read(rs, "completed_at"),
                rs.getObject("completed_by", UUID.class),
                rs.getString("completed_by_name"),
                rs.getString("completion_note"),
                Instants.read(rs, "cancelled_at"));
    }
}
