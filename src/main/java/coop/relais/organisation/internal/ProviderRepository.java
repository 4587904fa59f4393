package coop.relais.organisation.internal;

import coop.relais.organisation.ProviderKind;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.Siret;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.paging.ResultPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores provider organisations and the sites they serve. */
@Repository
public class ProviderRepository {

    private static final String COLUMNS = "id, kind, name, siret, insertion_structure, esus, contact_name,"
            + " contact_email, contact_phone, active, created_at";
    private static final String VIEW =
            "SELECT id, kind, name, insertion_structure, esus, contact_email, contact_phone, active FROM provider_organisation";

    private final JdbcClient jdbc;

    ProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProviderOrganisation> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provider_organisation WHERE id = ?")
                .param(id)
                .query((rs, n) -> provider(rs, siteIds(id)))
                .optional();
    }

    public Optional<ProviderOrganisation> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provider_organisation WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> provider(rs, siteIds(id)))
                .optional();
    }

    public void insert(ProviderOrganisation provider) {
        jdbc.sql("""
                        INSERT INTO provider_organisation (id, kind, name, siret, insertion_structure, esus, contact_name,
                               contact_email, contact_phone, active, created_at)
                        VALUES (:id, :kind, :name, :siret, :insertion, :esus, :contactName, :contactEmail, :contactPhone,
                                :active, :createdAt)""")
                .params(parameters(provider))
                .param("createdAt", Instants.param(provider.createdAt()))
                .update();
        insertSites(provider.id(), provider.siteIds());
    }

    public void update(ProviderOrganisation provider) {
        jdbc.sql("""
                        UPDATE provider_organisation SET kind = :kind, name = :name, siret = :siret,
                               insertion_structure = :insertion, esus = :esus, contact_name = :contactName,
                               contact_email = :contactEmail, contact_phone = :contactPhone, active = :active
                         WHERE id = :id""").params(parameters(provider)).update();
        Set<UUID> stored = siteIds(provider.id());
        for (UUID siteId : stored) {
            if (!provider.siteIds().contains(siteId)) {
                jdbc.sql("DELETE FROM provider_site WHERE provider_id = ? AND site_id = ?")
                        .params(provider.id(), siteId)
                        .update();
            }
        }
        insertSites(
                provider.id(),
                provider.siteIds().stream().filter(s -> !stored.contains(s)).toList());
    }

    public ResultPage<ProviderView> search(String query, Boolean active, ResultPage.Request request) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        String q = Search.normalise(query);
        if (q != null) {
            where.append(" AND (LOWER(name) LIKE :q ESCAPE '!' OR siret LIKE :q ESCAPE '!'"
                    + " OR LOWER(contact_name) LIKE :q ESCAPE '!')");
            params.put("q", LikePattern.contains(q));
        }
        if (active != null) {
            where.append(" AND active = :active");
            params.put("active", active);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM provider_organisation" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ProviderView> items = jdbc.sql(VIEW + where + " ORDER BY LOWER(name), id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(ProviderRepository::view)
                .list();
        return new ResultPage<>(items, request.page(), request.size(), total);
    }

    public List<ProviderOrganisation> findAll(Collection<UUID> ids) {
        List<ProviderOrganisation> found = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            find(id).ifPresent(found::add);
        }
        found.sort(java.util.Comparator.comparing(p -> p.details().name().toLowerCase()));
        return found;
    }

    public List<UUID> allIds() {
        return jdbc.sql("SELECT id FROM provider_organisation ORDER BY LOWER(name), id")
                .query(UUID.class)
                .list();
    }

    /** Providers serving one of the sites. */
    public List<UUID> idsServing(Collection<UUID> siteIds) {
        List<UUID> ids = new ArrayList<>();
        for (UUID siteId : siteIds) {
            ids.addAll(jdbc.sql("SELECT provider_id FROM provider_site WHERE site_id = ?")
                    .param(siteId)
                    .query(UUID.class)
                    .list());
        }
        return ids;
    }

    private Set<UUID> siteIds(UUID providerId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT site_id FROM provider_site WHERE provider_id = ?")
                .param(providerId)
                .query(UUID.class)
                .list());
    }

    private void insertSites(UUID providerId, Collection<UUID> siteIds) {
        for (UUID siteId : siteIds) {
            jdbc.sql("INSERT INTO provider_site (provider_id, site_id) VALUES (?, ?)")
                    .params(providerId, siteId)
                    .update();
        }
    }

    private Map<String, Object> parameters(ProviderOrganisation provider) {
        ProviderDetails details = provider.details();
        Map<String, Object> params = new HashMap<>();
        params.put("id", provider.id());
        params.put("kind", details.kind().name());
        params.put("name", details.name());
        params.put("siret", details.siret().value());
        params.put("insertion", details.insertionStructure());
        params.put("esus", details.esus());
        params.put("contactName", details.contactName());
        params.put("contactEmail", details.contactEmail());
        params.put("contactPhone", details.contactPhone());
        params.put("active", provider.active());
        return params;
    }

    private static ProviderOrganisation provider(ResultSet rs, Set<UUID> siteIds) throws SQLException {
        ProviderDetails details = new ProviderDetails(
                ProviderKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                new Siret(rs.getString("siret")),
                rs.getBoolean("insertion_structure"),
                rs.getBoolean("esus"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"));
        return new ProviderOrganisation(
                rs.getObject("id", UUID.class),
                details,
                siteIds,
                rs.getBoolean("active"),
                Instants.read(rs, "created_at"));
    }

    static ProviderView view(ResultSet rs, int row) throws SQLException {
        return new ProviderView(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("name"),
                rs.getBoolean("insertion_structure"),
                rs.getBoolean("esus"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getBoolean("active"));
    }
}
