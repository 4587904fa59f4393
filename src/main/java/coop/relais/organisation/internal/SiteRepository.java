package coop.relais.organisation.internal;

import coop.relais.organisation.OpeningHours;
import coop.relais.organisation.PostalCode;
import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteTimeZone;
import coop.relais.organisation.SiteView;
import coop.relais.organisation.WeeklyOpeningHours;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.paging.ResultPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores {@link Site} aggregates (the site row and its opening hours). */
@Repository
public class SiteRepository {

    private static final String COLUMNS =
            "id, name, kind, street, postal_code, city, time_zone, phone, email, active, created_at";

    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Site> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM site WHERE id = ?")
                .param(id)
                .query((rs, n) -> site(rs, hours(id)))
                .optional();
    }

    /** Loads the site for a change, holding its row until the transaction ends. */
    public Optional<Site> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM site WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> site(rs, hours(id)))
                .optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM site WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(Site site, UUID operatorId) {
        jdbc.sql("""
                        INSERT INTO site (id, operator_id, name, kind, street, postal_code, city, time_zone, phone, email, active, created_at)
                        VALUES (:id, :operator, :name, :kind, :street, :postalCode, :city, :timeZone, :phone, :email, :active, :createdAt)""")
                .params(parameters(site))
                .param("operator", operatorId)
                .param("createdAt", Instants.param(site.createdAt()))
                .update();
        insertHours(site);
    }

    public void update(Site site) {
        jdbc.sql("""
                        UPDATE site SET name = :name, kind = :kind, street = :street, postal_code = :postalCode,
                               city = :city, time_zone = :timeZone, phone = :phone, email = :email, active = :active
                         WHERE id = :id""").params(parameters(site)).update();
        jdbc.sql("DELETE FROM site_opening_hours WHERE site_id = ?")
                .param(site.id())
                .update();
        insertHours(site);
    }

    /** Sites whose name, city or postal code contains the query; {@code active} null means all. */
    public ResultPage<SiteView> search(String query, Boolean active, ResultPage.Request request) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        var params = new java.util.LinkedHashMap<String, Object>();
        String q = Search.normalise(query);
        if (q != null) {
            where.append(" AND (LOWER(name) LIKE :q ESCAPE '!' OR LOWER(city) LIKE :q ESCAPE '!'"
                    + " OR postal_code LIKE :q ESCAPE '!')");
            params.put("q", LikePattern.contains(q));
        }
        if (active != null) {
            where.append(" AND active = :active");
            params.put("active", active);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM site" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<SiteView> items = jdbc.sql("SELECT " + COLUMNS + " FROM site" + where
                        + " ORDER BY LOWER(name), id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(SiteRepository::view)
                .list();
        return new ResultPage<>(items, request.page(), request.size(), total);
    }

    public List<SiteView> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM site ORDER BY LOWER(name), id")
                .query(SiteRepository::view)
                .list();
    }

    private java.util.Map<String, Object> parameters(Site site) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", site.id());
        params.put("name", site.name());
        params.put("kind", site.kind().name());
        params.put("street", site.address().street());
        params.put("postalCode", site.address().postalCode().value());
        params.put("city", site.address().city());
        params.put("timeZone", site.timeZone().value());
        params.put("phone", site.phone());
        params.put("email", site.email());
        params.put("active", site.active());
        return params;
    }

    private void insertHours(Site site) {
        for (OpeningHours slot : site.openingHours().slots()) {
            jdbc.sql("INSERT INTO site_opening_hours (site_id, day_of_week, opens_at, closes_at) VALUES (?, ?, ?, ?)")
                    .params(site.id(), slot.day().getValue(), slot.opensAt(), slot.closesAt())
                    .update();
        }
    }

    private WeeklyOpeningHours hours(UUID siteId) {
        List<OpeningHours> slots = new ArrayList<>(jdbc.sql(
                        "SELECT day_of_week, opens_at, closes_at FROM site_opening_hours WHERE site_id = ?")
                .param(siteId)
                .query((rs, n) -> new OpeningHours(
                        DayOfWeek.of(rs.getInt(1)),
                        rs.getObject(2, java.time.LocalTime.class),
                        rs.getObject(3, java.time.LocalTime.class)))
                .list());
        return new WeeklyOpeningHours(slots);
    }

    private static Site site(ResultSet rs, WeeklyOpeningHours hours) throws SQLException {
        SiteDetails details = new SiteDetails(
                rs.getString("name"),
                SiteKind.valueOf(rs.getString("kind")),
                new Address(rs.getString("street"), new PostalCode(rs.getString("postal_code")), rs.getString("city")),
                rs.getString("phone"),
                rs.getString("email"),
                new SiteTimeZone(rs.getString("time_zone")),
                hours);
        return new Site(
                rs.getObject("id", UUID.class), details, rs.getBoolean("active"), Instants.read(rs, "created_at"));
    }

    static SiteView view(ResultSet rs, int row) throws SQLException {
        return new SiteView(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                SiteKind.valueOf(rs.getString("kind")),
                rs.getString("street"),
                rs.getString("postal_code"),
                rs.getString("city"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("active"));
    }
}
