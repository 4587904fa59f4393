package coop.relais.catalogue.internal;

import static coop.relais.shared.demo.DemoIds.*;

import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A realistic catalogue for the three demo sites: what one site offers, another may not. */
@Component
class CatalogueDemoData implements DemoDataContributor {

    private static final String WEEKDAYS = "1,2,3,4,5";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, UUID> categories = new HashMap<>();

    CatalogueDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        // Bastide: a neighbourhood desk, residents pay, the owners' association pays for common spaces.
        offer(
                OFFER_BASTIDE_CHEMISE,
                SITE_BASTIDE,
                "Entretien du linge",
                "Pressing — chemise",
                "Nettoyage et repassage d'une chemise, rendue sur cintre.",
                PROVIDER_PRESSING,
                "PER_UNIT",
                "ITEM",
                "3.90",
                "20",
                2,
                WEEKDAYS + ",6",
                null,
                null,
                null);
        offer(
                null,
                SITE_BASTIDE,
                "Entretien du linge",
                "Pressing — costume deux pièces",
                "Nettoyage à sec d'un costume (veste et pantalon).",
                PROVIDER_PRESSING,
                "PER_UNIT",
                "ITEM",
                "14.50",
                "20",
                3,
                WEEKDAYS,
                null,
                null,
                null);
        offer(
                null,
                SITE_BASTIDE,
                "Entretien du linge",
                "Repassage au kilo",
                "Linge propre et sec, repassé et plié.",
                PROVIDER_PRESSING,
                "PER_UNIT",
                "KG",
                "6.50",
                "20",
                2,
                WEEKDAYS,
                null,
                null,
                null);
        offer(
                null,
                SITE_BASTIDE,
                "Réparations",
                "Cordonnerie — talons",
                "Remplacement des talons d'une paire de chaussures.",
                PROVIDER_CORDONNERIE,
                "FIXED",
                null,
                "18.00",
                "20",
                4,
                WEEKDAYS,
                null,
                null,
                null);
        offer(
                OFFER_BASTIDE_RETOUCHES,
                SITE_BASTIDE,
                "Réparations",
                "Retouches couture",
                "Ourlets, fermetures éclair, ajustements : l'atelier établit un devis.",
                PROVIDER_RETOUCHES,
                "ON_QUOTE",
                null,
                null,
                "20",
                5,
                WEEKDAYS,
                null,
                null,
                null);
        offer(
                null,
                SITE_BASTIDE,
                "Courses et repas",
                "Courses d'épicerie livrées à la conciergerie",
                "Votre liste de courses préparée par l'épicerie coopérative.",
                PROVIDER_EPICERIE,
                "FIXED",
                null,
                "5.00",
                "5.5",
                1,
                WEEKDAYS + ",6",
                null,
                null,
                null);
        offer(
                null,
                SITE_BASTIDE,
                "Courses et repas",
                "Portage de repas pour seniors",
                "Un repas complet livré à domicile, pour les habitants de plus de 65 ans.",
                PROVIDER_EPICERIE,
                "PER_UNIT",
                "ITEM",
                "9.80",
                "5.5",
                1,
                WEEKDAYS,
                null,
                null,
                null);
        offer(
                null,
                SITE_BASTIDE,
                "Vie du quartier",
                "Entretien des parties communes — intervention",
                "Petite intervention dans les parties communes, payée par l'association syndicale.",
                PROVIDER_EPICERIE,
                "FIXED",
                null,
                "35.00",
                "20",
                3,
                WEEKDAYS,
                "0",
                "100",
                CLIENT_SYNDIC_BASTIDE);
        offer(
                OFFER_BASTIDE_BADGE,
                SITE_BASTIDE,
                "À la carte",
                "Activation de badge d'entrée",
                "Activation du badge d'un locataire, facturée au bailleur.",
                PROVIDER_EPICERIE,
                "FIXED",
                null,
                "12.00",
                "20",
                1,
                WEEKDAYS,
                "0",
                "100",
                CLIENT_HABITAT_GARONNE);
        forOrganisations(OFFER_BASTIDE_BADGE);
        personalService(SITE_BASTIDE, "Portage de repas pour seniors", "MEAL_DELIVERY");

        // Écotone: an ecosystem of companies.
        offer(
                null,
                SITE_ECOTONE,
                "Entretien du linge",
                "Pressing — chemise",
                "Nettoyage et repassage d'une chemise.",
                PROVIDER_PRESSING,
                "PER_UNIT",
                "ITEM",
                "3.90",
                "20",
                2,
                WEEKDAYS,
                null,
                null,
                null);
        offer(
                null,
                SITE_ECOTONE,
                "Services aux entreprises",
                "Lavage de voiture sur le parking",
                "Lavage extérieur et intérieur pendant votre journée de travail.",
                PROVIDER_CORDONNERIE,
                "FIXED",
                null,
                "29.00",
                "20",
                2,
                "2,4",
                null,
                null,
                null);
        // The shared cars' upkeep, paid in full by the syndic: ordered by the desk for the site, never by members.
        UUID vehicleRepair = UUID.nameUUIDFromBytes("offer-bastide-vehicle-repair".getBytes(StandardCharsets.UTF_8));
        offer(
                vehicleRepair,
                SITE_BASTIDE,
                "Réparations",
                "Réparation de véhicule partagé",
                "Diagnostic et réparation courante d'une voiture partagée, pièces comprises jusqu'à 50 €.",
                PROVIDER_GARAGE,
                "FIXED",
                null,
                "85.00",
                "20",
                3,
                WEEKDAYS,
                null,
                "100",
                CLIENT_SYNDIC_BASTIDE);
        forOrganisations(vehicleRepair);
        offer(
                null,
                SITE_ECOTONE,
                "Réparations",
                "Retouches couture",
                "Sur devis de l'atelier.",
                PROVIDER_RETOUCHES,
                "ON_QUOTE",
                null,
                null,
                "20",
                5,
                WEEKDAYS,
                null,
                null,
                null);

        // Aquitaine Logistique: the employer pays half, up to 30 € per employee and month.
        offer(
                OFFER_AQUITAINE_CHEMISE,
                SITE_AQUITAINE,
                "Entretien du linge",
                "Pressing — chemise",
                "Nettoyage et repassage d'une chemise ; 50 % pris en charge par votre employeur.",
                PROVIDER_PRESSING,
                "PER_UNIT",
                "ITEM",
                "3.90",
                "20",
                2,
                WEEKDAYS,
                "50",
                null,
                null);
        jdbc.sql("UPDATE catalogue_offer SET employer_monthly_cap = 30.00 WHERE id = ?")
                .param(OFFER_AQUITAINE_CHEMISE)
                .update();
        offer(
                null,
                SITE_AQUITAINE,
                "Réparations",
                "Cordonnerie — talons",
                "Remplacement des talons d'une paire de chaussures.",
                PROVIDER_CORDONNERIE,
                "FIXED",
                null,
                "18.00",
                "20",
                4,
                WEEKDAYS,
                "50",
                null,
                null);
        offer(
                null,
                SITE_AQUITAINE,
                "Services aux entreprises",
                "Lavage de voiture sur le parking",
                "Pendant votre journée de travail.",
                PROVIDER_CORDONNERIE,
                "FIXED",
                null,
                "29.00",
                "20",
                2,
                "1,3",
                null,
                null,
                null);
        offer(
                null,
                SITE_AQUITAINE,
                "Famille",
                "Organisation de garde d'enfants",
                "Recherche d'une solution de garde ponctuelle, sur devis.",
                PROVIDER_RETOUCHES,
                "ON_QUOTE",
                null,
                null,
                "20",
                3,
                WEEKDAYS,
                null,
                null,
                null);
    }

    private void offer(
            UUID id,
            UUID site,
            String category,
            String service,
            String description,
            UUID provider,
            String priceModel,
            String unit,
            String price,
            String vat,
            int leadTime,
            String days,
            String employerPercent,
            String siteOwnerPercent,
            UUID siteOwner) {
        UUID categoryId = categories.computeIfAbsent(site + category, key -> {
            UUID newId = UUID.randomUUID();
            jdbc.sql("INSERT INTO catalogue_category (id, site_id, name, position, active) VALUES (?, ?, ?, ?, TRUE)")
                    .params(newId, site, category, categories.size())
                    .update();
            return newId;
        });
        UUID serviceId = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO catalogue_service (id, site_id, category_id, name, description, for_organisations, active) VALUES (?, ?, ?, ?, ?, FALSE, TRUE)")
                .params(serviceId, site, categoryId, service, description)
                .update();
        jdbc.sql("""
                        INSERT INTO catalogue_offer (id, site_id, service_id, provider_id, price_model, unit, price, vat_rate, lead_time_days,
                            days_offered, employer_percent, site_owner_percent, site_owner_organisation_id, active, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(
                        id == null ? UUID.randomUUID() : id,
                        site,
                        serviceId,
                        provider,
                        priceModel,
                        unit,
                        price == null ? null : new BigDecimal(price),
                        new BigDecimal(vat),
                        leadTime,
                        days,
                        new BigDecimal(employerPercent == null ? "0" : employerPercent),
                        new BigDecimal(siteOwnerPercent == null ? "0" : siteOwnerPercent),
                        siteOwner,
                        Instants.param(Instant.now(clock)))
                .update();
    }

    private void forOrganisations(UUID offerId) {
        jdbc.sql(
                        "UPDATE catalogue_service SET for_organisations = TRUE WHERE id = (SELECT service_id FROM catalogue_offer WHERE id = ?)")
                .param(offerId)
                .update();
    }

    /** Declares a service of the site as a personal service (« service à la personne »). */
    private void personalService(UUID site, String service, String activity) {
        jdbc.sql("UPDATE catalogue_service SET personal_service = ? WHERE site_id = ? AND name = ?")
                .params(activity, site, service)
                .update();
    }
}
