package coop.relais.organisation.internal;

import coop.relais.organisation.ClientKind;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.EmailDomain;
import coop.relais.organisation.PostalCode;
import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.paging.ResultPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** Loads and stores client organisations, their approved e-mail domains and their contracts. */
@Repository
public class ClientRepository {

    private static final String COLUMNS =
            "id, kind, legal_name, siret, vat_number, street, postal_code, city, active, created_at";
    private static final String VIEW =
            "SELECT id, kind, legal_name AS legalName, siret, active FROM client_organisation";

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClientOrganisation> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client_organisation WHERE id = ?")
                .param(id)
                .query((rs, n) -> client(rs, domains(id)))
                .optional();
    }

    public Optional<ClientOrganisation> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client_organisation WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> client(rs, domains(id)))
                .optional();
    }

    public void insert(ClientOrganisation client) {
        jdbc.sql("""
                        INSERT INTO client_organisation (id, kind, legal_name, siret, vat_number, street, postal_code, city, active, created_at)
                        VALUES (:id, :kind, :legalName, :siret, :vat, :street, :postalCode, :city, :active, :createdAt)""")
                .params(parameters(client))
                .param("createdAt", Instants.param(client.createdAt()))
                .update();
        insertDomains(client.id(), client.domains());
    }

    public void update(ClientOrganisation client) {
        jdbc.sql("""
                        UPDATE client_organisation SET kind = :kind, legal_name = :legalName, siret = :siret,
                               vat_number = :vat, street = :street, postal_code = :postalCode, city = :city,
                               active = :active
                         WHERE id = :id""").params(parameters(client)).update();
        Set<EmailDomain> stored = domains(client.id());
        for (EmailDomain domain : stored) {
            if (!client.domains().contains(domain)) {
                jdbc.sql("DELETE FROM client_email_domain WHERE organisation_id = ? AND domain = ?")
                        .params(client.id(), domain.value())
                        .update();
            }
        }
        List<EmailDomain> added =
                client.domains().stream().filter(d -> !stored.contains(d)).toList();
        insertDomains(client.id(), added);
    }

    /** The organisation that approved the domain, if any. */
    public Optional<UUID> domainOwner(EmailDomain domain) {
        return jdbc.sql("SELECT organisation_id FROM client_email_domain WHERE domain = ?")
                .param(domain.value())
                .query(UUID.class)
                .optional();
    }

    public Optional<String> legalName(UUID id) {
        return jdbc.sql("SELECT legal_name FROM client_organisation WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    public ResultPage<ClientOrganisationView> search(String query, Boolean active, ResultPage.Request request) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        String q = Search.normalise(query);
        if (q != null) {
            where.append(" AND (LOWER(legal_name) LIKE :q ESCAPE '!' OR siret LIKE :q ESCAPE '!'"
                    + " OR LOWER(city) LIKE :q ESCAPE '!')");
            params.put("q", LikePattern.contains(q));
        }
        if (active != null) {
            where.append(" AND active = :active");
            params.put("active", active);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM client_organisation" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ClientOrganisationView> items = jdbc.sql(
                        VIEW + where + " ORDER BY LOWER(legal_name), id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(ClientOrganisationView.class)
                .list();
        return new ResultPage<>(items, request.page(), request.size(), total);
    }

    /** Client organisations by id, in name order. */
    public List<ClientOrganisation> findAll(Collection<UUID> ids) {
        List<ClientOrganisation> found = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            find(id).ifPresent(found::add);
        }
        found.sort(java.util.Comparator.comparing(c -> c.details().legalName().toLowerCase()));
        return found;
    }

    public List<UUID> allIds() {
        return jdbc.sql("SELECT id FROM client_organisation ORDER BY LOWER(legal_name), id")
                .query(UUID.class)
                .list();
    }

    /** Organisations with a contract at one of the sites. */
    public List<UUID> idsWithContractAt(Collection<UUID> siteIds) {
        List<UUID> ids = new ArrayList<>();
        for (UUID siteId : siteIds) {
            ids.addAll(jdbc.sql("SELECT DISTINCT organisation_id FROM contract WHERE site_id = ?")
                    .param(siteId)
                    .query(UUID.class)
                    .list());
        }
        return ids;
    }

    public List<ContractRow> contracts(UUID organisationId) {
        return jdbc.sql("""
                        SELECT c.id, c.organisation_id, c.site_id, s.name AS site_name, c.plan, c.starts_on, c.ends_on
                          FROM contract c JOIN site s ON s.id = c.site_id
                         WHERE c.organisation_id = ?
                         ORDER BY c.starts_on DESC, s.name""")
                .param(organisationId)
                .query((rs, n) -> new ContractRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getString("site_name"),
                        rs.getString("plan"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    public Optional<Contract> findContract(UUID organisationId, UUID contractId) {
        return jdbc.sql("SELECT id, organisation_id, site_id, plan, starts_on, ends_on FROM contract"
                        + " WHERE id = ? AND organisation_id = ?")
                .params(contractId, organisationId)
                .query((rs, n) -> new Contract(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getString("plan"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional();
    }

    public void insertContract(Contract contract) {
        jdbc.sql(
                        "INSERT INTO contract (id, organisation_id, site_id, plan, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        contract.id(),
                        contract.organisationId(),
                        contract.siteId(),
                        contract.plan(),
                        contract.startsOn(),
                        contract.endsOn())
                .update();
    }

    public void updateContract(Contract contract) {
        jdbc.sql("UPDATE contract SET plan = ?, starts_on = ?, ends_on = ? WHERE id = ? AND organisation_id = ?")
                .params(
                        contract.plan(),
                        contract.startsOn(),
                        contract.endsOn(),
                        contract.id(),
                        contract.organisationId())
                .update();
    }

    public List<UUID> siteIdsOf(UUID organisationId) {
        return jdbc.sql("SELECT DISTINCT site_id FROM contract WHERE organisation_id = ?")
                .param(organisationId)
                .query(UUID.class)
                .list();
    }

    private void insertDomains(UUID organisationId, Collection<EmailDomain> domains) {
        for (EmailDomain domain : domains) {
            jdbc.sql("INSERT INTO client_email_domain (organisation_id, domain) VALUES (?, ?)")
                    .params(organisationId, domain.value())
                    .update();
        }
    }

    private Set<EmailDomain> domains(UUID organisationId) {
        Set<EmailDomain> domains = new LinkedHashSet<>();
        jdbc.sql("SELECT domain FROM client_email_domain WHERE organisation_id = ? ORDER BY domain")
                .param(organisationId)
                .query(String.class)
                .list()
                .forEach(d -> domains.add(new EmailDomain(d)));
        return domains;
    }

    private Map<String, Object> parameters(ClientOrganisation client) {
        ClientDetails details = client.details();
        Map<String, Object> params = new HashMap<>();
        params.put("id", client.id());
        params.put("kind", details.kind().name());
        params.put("legalName", details.legalName());
        params.put("siret", details.siret().value());
        params.put(
                "vat", details.vatNumber() == null ? null : details.vatNumber().value());
        params.put("street", details.address().street());
        params.put("postalCode", details.address().postalCode().value());
        params.put("city", details.address().city());
        params.put("active", client.active());
        return params;
    }

    private static ClientOrganisation client(ResultSet rs, Set<EmailDomain> domains) throws SQLException {
        String vat = rs.getString("vat_number");
        ClientDetails details = new ClientDetails(
                ClientKind.valueOf(rs.getString("kind")),
                rs.getString("legal_name"),
                new Siret(rs.getString("siret")),
                vat == null ? null : new VatNumber(vat),
                new Address(rs.getString("street"), new PostalCode(rs.getString("postal_code")), rs.getString("city")));
        return new ClientOrganisation(
                rs.getObject("id", UUID.class),
                details,
                domains,
                rs.getBoolean("active"),
                Instants.read(rs, "created_at"));
    }

    /** A contract with the name of its site, for display. */
    public record ContractRow(
            UUID id, UUID siteId, String siteName, String plan, LocalDate startsOn, LocalDate endsOn) {}
}
