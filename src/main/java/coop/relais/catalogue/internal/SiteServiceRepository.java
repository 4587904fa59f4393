package coop.relais.catalogue.internal;

import coop.relais.catalogue.PersonalServiceActivity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SiteServiceRepository {

    private static final String SELECT =
            "SELECT id, site_id, category_id, name, description, for_organisations, personal_service, active FROM catalogue_service ";

    private final JdbcClient jdbc;

    SiteServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site's services by name. */
    List<SiteService> ofSite(UUID siteId) {
        return jdbc.sql(SELECT + "WHERE site_id = ? ORDER BY name")
                .param(siteId)
                .query(SiteServiceRepository::service)
                .list();
    }

    Optional<SiteService> find(UUID siteId, UUID serviceId) {
        return jdbc.sql(SELECT + "WHERE site_id = ? AND id = ?")
                .params(siteId, serviceId)
                .query(SiteServiceRepository::service)
                .optional();
    }

    private static SiteService service(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SiteService(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getObject("category_id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                rs.getBoolean("for_organisations"),
                PersonalServiceActivity.fromCode(rs.getString("personal_service"))
                        .orElse(null),
                rs.getBoolean("active"));
    }

    void insert(SiteService service) {
        jdbc.sql("""
                        INSERT INTO catalogue_service (id, site_id, category_id, name, description, for_organisations, personal_service, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        service.id(),
                        service.siteId(),
                        service.categoryId(),
                        service.name(),
                        service.description(),
                        service.forOrganisations(),
                        code(service),
                        service.active())
                .update();
    }

    void update(SiteService service) {
        jdbc.sql("""
                        UPDATE catalogue_service SET category_id = ?, name = ?, description = ?, for_organisations = ?, personal_service = ?, active = ?
                         WHERE id = ? AND site_id = ?""")
                .params(
                        service.categoryId(),
                        service.name(),
                        service.description(),
                        service.forOrganisations(),
                        code(service),
                        service.active(),
                        service.id(),
                        service.siteId())
                .update();
    }

    private static String code(SiteService service) {
        return service.personalService() == null
                ? null
                : service.personalService().name();
    }
}
