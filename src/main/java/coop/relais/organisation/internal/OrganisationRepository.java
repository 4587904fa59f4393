package coop.relais.organisation.internal;

import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.OpeningHours;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private static final String SITE =
            "SELECT id, name, kind, street, postal_code, city, time_zone, phone, email, active FROM site ";
    private static final String PROVIDER =
            "SELECT id, kind, name, insertion_structure, esus, contact_email, contact_phone, active FROM provider_organisation ";
    private static final String CLIENT =
            "SELECT id, kind, legal_name AS legalName, siret, active FROM client_organisation ";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SiteView> findSite(UUID id) {
        return jdbc.sql(SITE + "WHERE id = ?").param(id).query(this::site).optional();
    }

    public List<SiteView> allSites() {
        return jdbc.sql(SITE + "ORDER BY name").query(this::site).list();
    }

    public List<OpeningHours> openingHours(UUID siteId) {
        return jdbc.sql(
                        "SELECT day_of_week, opens_at, closes_at FROM site_opening_hours WHERE site_id = ? ORDER BY day_of_week, opens_at")
                .param(siteId)
                .query((rs, n) -> new OpeningHours(
                        DayOfWeek.of(rs.getInt(1)),
                        rs.getTime(2).toLocalTime(),
                        rs.getTime(3).toLocalTime()))
                .list();
    }

    public Optional<ProviderView> findProvider(UUID id) {
        return jdbc.sql(PROVIDER + "WHERE id = ?")
                .param(id)
                .query(this::provider)
                .optional();
    }

    public List<ProviderView> providersServing(UUID siteId) {
        return jdbc.sql(
                        PROVIDER
                                + "WHERE active = TRUE AND id IN (SELECT provider_id FROM provider_site WHERE site_id = ?) ORDER BY name")
                .param(siteId)
                .query(this::provider)
                .list();
    }

    public boolean providerServes(UUID providerId, UUID siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM provider_site WHERE provider_id = ? AND site_id = ?")
                        .params(providerId, siteId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<ClientOrganisationView> findClient(UUID id) {
        return jdbc.sql(CLIENT + "WHERE id = ?")
                .param(id)
                .query(ClientOrganisationView.class)
                .optional();
    }

    public List<ClientOrganisationView> clientsOfSite(UUID siteId) {
        return jdbc.sql(CLIENT
                        + "WHERE id IN (SELECT organisation_id FROM contract WHERE site_id = ?) ORDER BY legal_name")
                .param(siteId)
                .query(ClientOrganisationView.class)
                .list();
    }

    public List<UUID> sitesOfClient(UUID organisationId) {
        return jdbc.sql("SELECT DISTINCT site_id FROM contract WHERE organisation_id = ?")
                .param(organisationId)
                .query(UUID.class)
                .list();
    }

    public Optional<ClientOrganisationView> clientApprovingDomain(String domain) {
        return jdbc.sql(
                        CLIENT
                                + "WHERE active = TRUE AND id IN (SELECT organisation_id FROM client_email_domain WHERE domain = ?)")
                .param(domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT))
                .query(ClientOrganisationView.class)
                .optional();
    }

    public long countSites() {
        return jdbc.sql("SELECT COUNT(*) FROM site").query(Long.class).single();
    }

    public long countClients() {
        return jdbc.sql("SELECT COUNT(*) FROM client_organisation")
                .query(Long.class)
                .single();
    }

    public long countProviders() {
        return jdbc.sql("SELECT COUNT(*) FROM provider_organisation")
                .query(Long.class)
                .single();
    }

    private SiteView site(ResultSet rs, int row) throws SQLException {
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

    private ProviderView provider(ResultSet rs, int row) throws SQLException {
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
