package coop.relais.organisation.internal;

import coop.relais.organisation.PostalCode;
import coop.relais.organisation.Siren;
import coop.relais.organisation.Siret;
import coop.relais.organisation.VatNumber;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operator (one row) and its billing entities. */
@Repository
public class OperatorRepository {

    private final JdbcClient jdbc;

    OperatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredOperator> operator() {
        return jdbc
                .sql("SELECT id, name, legal_name, siren, street, postal_code, city FROM operator ORDER BY id")
                .query((rs, n) -> new StoredOperator(
                        rs.getObject("id", UUID.class),
                        new OperatorDetails(
                                rs.getString("name"),
                                rs.getString("legal_name"),
                                new Siren(rs.getString("siren")),
                                new Address(
                                        rs.getString("street"),
                                        new PostalCode(rs.getString("postal_code")),
                                        rs.getString("city")))))
                .list()
                .stream()
                .findFirst();
    }

    public void insertOperator(UUID id, OperatorDetails details) {
        jdbc.sql(
                        "INSERT INTO operator (id, name, legal_name, siren, street, postal_code, city) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        details.name(),
                        details.legalName(),
                        details.siren().value(),
                        details.address().street(),
                        details.address().postalCode().value(),
                        details.address().city())
                .update();
    }

    public void updateOperator(UUID id, OperatorDetails details) {
        jdbc.sql(
                        "UPDATE operator SET name = ?, legal_name = ?, siren = ?, street = ?, postal_code = ?, city = ? WHERE id = ?")
                .params(
                        details.name(),
                        details.legalName(),
                        details.siren().value(),
                        details.address().street(),
                        details.address().postalCode().value(),
                        details.address().city(),
                        id)
                .update();
    }

    public List<StoredBillingEntity> billingEntities() {
        return jdbc.sql(SELECT_ENTITY + " ORDER BY personal_services, LOWER(name), id")
                .query((rs, n) -> entity(rs))
                .list();
    }

    public Optional<StoredBillingEntity> billingEntity(UUID id) {
        return jdbc.sql(SELECT_ENTITY + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> entity(rs))
                .optional();
    }

    public void insertBillingEntity(UUID id, UUID operatorId, BillingEntityDetails details) {
        jdbc.sql("""
                        INSERT INTO billing_entity (id, operator_id, name, legal_name, siret, vat_number, street, postal_code, city, personal_services)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        operatorId,
                        details.name(),
                        details.legalName(),
                        details.siret().value(),
                        details.vatNumber() == null ? null : details.vatNumber().value(),
                        details.address().street(),
                        details.address().postalCode().value(),
                        details.address().city(),
                        details.personalServices())
                .update();
    }

    public void updateBillingEntity(UUID id, BillingEntityDetails details) {
        jdbc.sql("""
                        UPDATE billing_entity SET name = ?, legal_name = ?, siret = ?, vat_number = ?, street = ?,
                               postal_code = ?, city = ?, personal_services = ?
                         WHERE id = ?""")
                .params(
                        details.name(),
                        details.legalName(),
                        details.siret().value(),
                        details.vatNumber() == null ? null : details.vatNumber().value(),
                        details.address().street(),
                        details.address().postalCode().value(),
                        details.address().city(),
                        details.personalServices(),
                        id)
                .update();
    }

    private static final String SELECT_ENTITY =
            "SELECT id, name, legal_name, siret, vat_number, street, postal_code, city, personal_services FROM billing_entity";

    private static StoredBillingEntity entity(java.sql.ResultSet rs) throws java.sql.SQLException {
        String vat = rs.getString("vat_number");
        return new StoredBillingEntity(
                rs.getObject("id", UUID.class),
                new BillingEntityDetails(
                        rs.getString("name"),
                        rs.getString("legal_name"),
                        new Siret(rs.getString("siret")),
                        vat == null ? null : new VatNumber(vat),
                        new Address(
                                rs.getString("street"),
                                new PostalCode(rs.getString("postal_code")),
                                rs.getString("city")),
                        rs.getBoolean("personal_services")));
    }

    public record StoredOperator(UUID id, OperatorDetails details) {}

    public record StoredBillingEntity(UUID id, BillingEntityDetails details) {}
}
