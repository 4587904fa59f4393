package coop.relais.organisation.internal;

import static coop.relais.shared.demo.DemoIds.*;

import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo operator in Bordeaux, its three sites, their client organisations and providers. */
@Component
class OrganisationDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        Instant now = Instant.now(clock);
        jdbc.sql(
                        "INSERT INTO operator (id, name, legal_name, siren, street, postal_code, city) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        OPERATOR,
                        "Relais Solidaire Gironde",
                        "Relais Solidaire Gironde SCIC SAS",
                        "852147966",
                        "12 quai de Queyries",
                        "33100",
                        "Bordeaux")
                .update();
        billingEntity(
                BILLING_ENTITY,
                "Relais Solidaire Gironde",
                "Relais Solidaire Gironde SCIC SAS",
                "85214796600018",
                "FR83852147966",
                false);
        billingEntity(
                BILLING_ENTITY_SAP,
                "Relais Services à la personne",
                "Relais SAP Gironde SAS",
                "90123456700013",
                "FR15901234567",
                true);

        site(
                SITE_BASTIDE,
                "Conciergerie du Quartier Bastide",
                "NEIGHBOURHOOD",
                "12 quai de Queyries",
                "33100",
                "05 56 40 12 00",
                "bastide@relais.test",
                now);
        site(
                SITE_ECOTONE,
                "Conciergerie Campus Écotone",
                "ECOSYSTEM",
                "3 rue Lucien Faure",
                "33300",
                "05 56 40 12 10",
                "ecotone@relais.test",
                now);
        site(
                SITE_AQUITAINE,
                "Conciergerie Aquitaine Logistique",
                "COMPANY",
                "45 avenue de la Jallère",
                "33300",
                "05 56 40 12 20",
                "aquitaine@relais.test",
                now);
        for (int day = 1; day <= 5; day++) {
            hours(SITE_BASTIDE, day, "08:30", "12:30");
            hours(SITE_BASTIDE, day, "14:00", "19:00");
            hours(SITE_ECOTONE, day, "08:00", "18:00");
            hours(SITE_AQUITAINE, day, "07:30", "16:30");
        }
        hours(SITE_BASTIDE, 6, "09:00", "12:30");

        client(
                CLIENT_AQUITAINE_LOGISTIQUE,
                "EMPLOYER",
                "Aquitaine Logistique SA",
                "41225368400010",
                "FR06412253684",
                "45 avenue de la Jallère",
                "33300",
                now);
        client(
                CLIENT_SYNDIC_BASTIDE,
                "SITE_OWNER",
                "Association syndicale des Quais de Bastide",
                "79845612500011",
                null,
                "8 quai de Queyries",
                "33100",
                now);
        client(
                CLIENT_HABITAT_GARONNE,
                "SOCIAL_LANDLORD",
                "Habitat Garonne",
                "27330012900023",
                "FR42273300129",
                "20 cours Victor Hugo",
                "33000",
                now);
        client(
                CLIENT_ECOTONE_NUMERIQUE,
                "EMPLOYER",
                "Écotone Numérique SAS",
                "88451236900015",
                "FR75884512369",
                "3 rue Lucien Faure",
                "33300",
                now);
        client(
                CLIENT_ECOTONE_DESIGN,
                "EMPLOYER",
                "Atelier Design Écotone SARL",
                "83265478400012",
                "FR91832654784",
                "3 rue Lucien Faure",
                "33300",
                now);
        jdbc.sql("INSERT INTO client_email_domain (organisation_id, domain) VALUES (?, ?)")
                .params(CLIENT_AQUITAINE_LOGISTIQUE, "aquitaine-logistique.test")
                .update();

        contract(CLIENT_AQUITAINE_LOGISTIQUE, SITE_AQUITAINE, "Conciergerie d'entreprise — formule complète");
        contract(CLIENT_SYNDIC_BASTIDE, SITE_BASTIDE, "Services aux parties communes");
        contract(CLIENT_HABITAT_GARONNE, SITE_BASTIDE, "Demandes à la carte locataires");
        contract(CLIENT_ECOTONE_NUMERIQUE, SITE_ECOTONE, "Écosystème — formule entreprise");
        contract(CLIENT_ECOTONE_DESIGN, SITE_ECOTONE, "Écosystème — formule entreprise");

        provider(
                PROVIDER_PRESSING,
                "SSE",
                "Pressing Solidaire",
                "51234567900017",
                true,
                true,
                "Moussa Diallo",
                "pressing@relais.test",
                "05 56 11 22 33",
                now);
        provider(
                PROVIDER_CORDONNERIE,
                "LOCAL_BUSINESS",
                "Cordonnerie du Pont de Pierre",
                "43215678400014",
                false,
                false,
                "Jean Laborde",
                "cordonnerie@relais.test",
                "05 56 11 22 44",
                now);
        provider(
                PROVIDER_RETOUCHES,
                "SSE",
                "Atelier Retouches Solidaires",
                "81122334600016",
                true,
                false,
                "Fatou Ndiaye",
                "retouches@relais.test",
                "05 56 11 22 55",
                now);
        provider(
                PROVIDER_EPICERIE,
                "SSE",
                "Épicerie Coopérative de la Bastide",
                "79988776500011",
                false,
                true,
                "Paul Brun",
                "epicerie@relais.test",
                "05 56 11 22 66",
                now);
        provider(
                PROVIDER_GARAGE,
                "SSE",
                "Garage Solidaire de la Rive Droite",
                "88776655800019",
                true,
                true,
                "Nadia Haddad",
                "garage@relais.test",
                "05 56 11 22 77",
                now);
        for (UUID site : new UUID[] {SITE_BASTIDE, SITE_ECOTONE, SITE_AQUITAINE}) {
            serves(PROVIDER_PRESSING, site);
            serves(PROVIDER_CORDONNERIE, site);
            serves(PROVIDER_RETOUCHES, site);
        }
        serves(PROVIDER_EPICERIE, SITE_BASTIDE);
        serves(PROVIDER_GARAGE, SITE_BASTIDE);
    }

    private void billingEntity(
            UUID id, String name, String legalName, String siret, String vat, boolean personalServices) {
        jdbc.sql("""
                        INSERT INTO billing_entity (id, operator_id, name, legal_name, siret, vat_number, street, postal_code, city, personal_services)
                        VALUES (?, ?, ?, ?, ?, ?, '12 quai de Queyries', '33100', 'Bordeaux', ?)""")
                .params(id, OPERATOR, name, legalName, siret, vat, personalServices)
                .update();
    }

    private void site(
            UUID id,
            String name,
            String kind,
            String street,
            String postalCode,
            String phone,
            String email,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO site (id, operator_id, name, kind, street, postal_code, city, time_zone, phone, email, active, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'Bordeaux', 'Europe/Paris', ?, ?, TRUE, ?)""")
                .params(id, OPERATOR, name, kind, street, postalCode, phone, email, Instants.param(now))
                .update();
    }

    private void hours(UUID site, int day, String opens, String closes) {
        jdbc.sql("INSERT INTO site_opening_hours (site_id, day_of_week, opens_at, closes_at) VALUES (?, ?, ?, ?)")
                .params(site, day, LocalTime.parse(opens), LocalTime.parse(closes))
                .update();
    }

    private void client(
            UUID id,
            String kind,
            String name,
            String siret,
            String vat,
            String street,
            String postalCode,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO client_organisation (id, kind, legal_name, siret, vat_number, street, postal_code, city, active, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'Bordeaux', TRUE, ?)""")
                .params(id, kind, name, siret, vat, street, postalCode, Instants.param(now))
                .update();
    }

    private void contract(UUID organisation, UUID site, String plan) {
        jdbc.sql("INSERT INTO contract (id, organisation_id, site_id, plan, starts_on) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), organisation, site, plan, LocalDate.of(2026, 1, 1))
                .update();
    }

    private void provider(
            UUID id,
            String kind,
            String name,
            String siret,
            boolean insertion,
            boolean esus,
            String contact,
            String email,
            String phone,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO provider_organisation (id, kind, name, siret, insertion_structure, esus, contact_name, contact_email, contact_phone, active, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(id, kind, name, siret, insertion, esus, contact, email, phone, Instants.param(now))
                .update();
    }

    private void serves(UUID provider, UUID site) {
        jdbc.sql("INSERT INTO provider_site (provider_id, site_id) VALUES (?, ?)")
                .params(provider, site)
                .update();
    }
}
