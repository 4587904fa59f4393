package coop.relais.organisation.internal;

import coop.relais.organisation.LegalParty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing entities and client organisations read as the parties of an invoice. */
@Repository
public class PartyRepository {

    private static final String COLUMNS = "id, legal_name, siret, vat_number, street, postal_code, city";

    private final JdbcClient jdbc;

    PartyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first active billing entity (by name) that is, or is not, the one for personal services. */
    public Optional<LegalParty> billingEntity(boolean personalServices) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM billing_entity WHERE active = TRUE AND personal_services = ? "
                        + "ORDER BY name, id LIMIT 1")
                .param(personalServices)
                .query(PartyRepository::party)
                .optional();
    }

    public Optional<LegalParty> billingEntity(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM billing_entity WHERE id = ?")
                .param(id)
                .query(PartyRepository::party)
                .optional();
    }

    public Optional<LegalParty> client(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client_organisation WHERE id = ?")
                .param(id)
                .query(PartyRepository::party)
                .optional();
    }

    private static LegalParty party(ResultSet rs, int row) throws SQLException {
        return new LegalParty(
                rs.getObject("id", UUID.class),
                rs.getString("legal_name"),
                rs.getString("siret"),
                rs.getString("vat_number"),
                rs.getString("street"),
                rs.getString("postal_code"),
                rs.getString("city"));
    }
}
