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

    /**
     * The active billing entity that is, or is not, the one for personal services: the operator's own
     * (its SIRET starts with the operator's SIREN) before any other, one with a VAT number before one
     * without, then by name.
     */
    public Optional<LegalParty> billingEntity(boolean personalServices) {
        return jdbc.sql("""
                        SELECT b.id, b.legal_name, b.siret, b.vat_number, b.street, b.postal_code, b.city
                        FROM billing_entity b JOIN operator o ON o.id = b.operator_id
                        WHERE b.active = TRUE AND b.personal_services = ?
                        ORDER BY CASE WHEN o.siren IS NOT NULL AND b.siret LIKE o.siren || '%' THEN 0 ELSE 1 END,
                                 CASE WHEN b.vat_number IS NULL THEN 1 ELSE 0 END, b.name, b.id
                        LIMIT 1""")
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
