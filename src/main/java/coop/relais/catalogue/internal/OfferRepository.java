package coop.relais.catalogue.internal;

import coop.relais.catalogue.OfferView;
import coop.relais.catalogue.PayerRule;
import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.DaysOfWeekColumn;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfferRepository {

    static final String SELECT = """
            SELECT o.id, o.site_id, o.service_id, s.name AS service_name, s.description, c.id AS category_id,
                   c.name AS category_name, o.provider_id, p.name AS provider_name, o.price_model, o.unit, o.price,
                   o.vat_rate, o.lead_time_days, o.days_offered, o.employer_percent, o.employer_monthly_cap,
                   o.site_owner_percent, o.site_owner_organisation_id, s.for_organisations, s.personal_service,
                   (o.active AND s.active AND c.active AND p.active) AS active
              FROM catalogue_offer o
              JOIN catalogue_service s ON s.id = o.service_id
              JOIN catalogue_category c ON c.id = s.category_id
              JOIN provider_organisation p ON p.id = o.provider_id
            """;

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OfferView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?")
                .param(id)
                .query(OfferRepository::offer)
                .optional();
    }

    public List<OfferView> activeAt(UUID siteId) {
        return jdbc.sql(SELECT
                        + " WHERE o.site_id = ? AND o.active AND s.active AND c.active AND p.active"
                        + " ORDER BY c.position, c.name, s.name, p.name")
                .param(siteId)
                .query(OfferRepository::offer)
                .list();
    }

    /** Every offer of the site, active or not, for the catalogue editor. */
    public List<OfferView> allAt(UUID siteId) {
        return jdbc.sql(SELECT + " WHERE o.site_id = ? ORDER BY c.position, c.name, s.name, p.name")
                .param(siteId)
                .query(OfferRepository::offer)
                .list();
    }

    /** The ids of the offers of a service, or of all services of a category. */
    List<UUID> idsOfService(UUID serviceId) {
        return jdbc.sql("SELECT id FROM catalogue_offer WHERE service_id = ?")
                .param(serviceId)
                .query(UUID.class)
                .list();
    }

    List<UUID> idsInCategory(UUID categoryId) {
        return jdbc.sql(
                        "SELECT o.id FROM catalogue_offer o JOIN catalogue_service s ON s.id = o.service_id WHERE s.category_id = ?")
                .param(categoryId)
                .query(UUID.class)
                .list();
    }

    /** The offer aggregate, for a change by the site's manager. */
    Optional<Offer> load(UUID siteId, UUID offerId) {
        return jdbc.sql("""
                        SELECT id, site_id, service_id, provider_id, price_model, unit, price, vat_rate, lead_time_days,
                               days_offered, employer_percent, employer_monthly_cap, site_owner_percent,
                               site_owner_organisation_id, active, updated_at
                          FROM catalogue_offer WHERE site_id = ? AND id = ?""")
                .params(siteId, offerId)
                .query((rs, row) -> {
                    BigDecimal price = rs.getBigDecimal("price");
                    BigDecimal cap = rs.getBigDecimal("employer_monthly_cap");
                    String unit = rs.getString("unit");
                    return new Offer(
                            rs.getObject("id", UUID.class),
                            rs.getObject("site_id", UUID.class),
                            rs.getObject("service_id", UUID.class),
                            rs.getObject("provider_id", UUID.class),
                            PriceModel.valueOf(rs.getString("price_model")),
                            unit == null ? null : PriceUnit.valueOf(unit),
                            price == null ? null : Money.of(price),
                            rs.getBigDecimal("vat_rate"),
                            rs.getInt("lead_time_days"),
                            DaysOfWeekColumn.read(rs.getString("days_offered")),
                            new PayerRule(
                                    rs.getBigDecimal("employer_percent"),
                                    cap == null ? null : Money.of(cap),
                                    rs.getBigDecimal("site_owner_percent"),
                                    rs.getObject("site_owner_organisation_id", UUID.class)),
                            rs.getBoolean("active"),
                            Instants.read(rs, "updated_at"));
                })
                .optional();
    }

    void insert(Offer offer) {
        jdbc.sql("""
                        INSERT INTO catalogue_offer (id, site_id, service_id, provider_id, price_model, unit, price, vat_rate,
                            lead_time_days, days_offered, employer_percent, employer_monthly_cap, site_owner_percent,
                            site_owner_organisation_id, active, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        offer.id(),
                        offer.siteId(),
                        offer.serviceId(),
                        offer.providerId(),
                        offer.priceModel().name(),
                        offer.unit() == null ? null : offer.unit().name(),
                        offer.price() == null ? null : offer.price().amount(),
                        offer.vatRate(),
                        offer.leadTimeDays(),
                        DaysOfWeekColumn.write(offer.daysOffered()),
                        offer.payerRule().employerPercent(),
                        cap(offer),
                        offer.payerRule().siteOwnerPercent(),
                        offer.payerRule().siteOwnerOrganisationId(),
                        offer.active(),
                        Instants.param(offer.updatedAt()))
                .update();
    }

    void update(Offer offer) {
        jdbc.sql("""
                        UPDATE catalogue_offer SET service_id = ?, provider_id = ?, price_model = ?, unit = ?, price = ?,
                               vat_rate = ?, lead_time_days = ?, days_offered = ?, employer_percent = ?,
                               employer_monthly_cap = ?, site_owner_percent = ?, site_owner_organisation_id = ?,
                               active = ?, updated_at = ?
                         WHERE id = ? AND site_id = ?""")
                .params(
                        offer.serviceId(),
                        offer.providerId(),
                        offer.priceModel().name(),
                        offer.unit() == null ? null : offer.unit().name(),
                        offer.price() == null ? null : offer.price().amount(),
                        offer.vatRate(),
                        offer.leadTimeDays(),
                        DaysOfWeekColumn.write(offer.daysOffered()),
                        offer.payerRule().employerPercent(),
                        cap(offer),
                        offer.payerRule().siteOwnerPercent(),
                        offer.payerRule().siteOwnerOrganisationId(),
                        offer.active(),
                        Instants.param(offer.updatedAt()),
                        offer.id(),
                        offer.siteId())
                .update();
    }

    private static BigDecimal cap(Offer offer) {
        Money cap = offer.payerRule().employerMonthlyCap();
        return cap == null ? null : cap.amount();
    }

    static OfferView offer(ResultSet rs, int row) throws SQLException {
        BigDecimal price = rs.getBigDecimal("price");
        BigDecimal cap = rs.getBigDecimal("employer_monthly_cap");
        String unit = rs.getString("unit");
        return new OfferView(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("service_name"),
                rs.getString("description"),
                rs.getObject("category_id", UUID.class),
                rs.getString("category_name"),
                rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"),
                PriceModel.valueOf(rs.getString("price_model")),
                unit == null ? null : PriceUnit.valueOf(unit),
                price == null ? null : Money.of(price),
                rs.getBigDecimal("vat_rate"),
                rs.getInt("lead_time_days"),
                DaysOfWeekColumn.read(rs.getString("days_offered")),
                new PayerRule(
                        rs.getBigDecimal("employer_percent"),
                        cap == null ? null : Money.of(cap),
                        rs.getBigDecimal("site_owner_percent"),
                        rs.getObject("site_owner_organisation_id", UUID.class)),
                rs.getBoolean("for_organisations"),
                coop.relais.catalogue.PersonalServiceActivity.fromCode(rs.getString("personal_service"))
                        .orElse(null),
                rs.getBoolean("active"));
    }
}
