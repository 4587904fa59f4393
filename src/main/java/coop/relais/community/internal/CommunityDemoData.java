package coop.relais.community.internal;

import static coop.relais.shared.demo.DemoIds.ACCOUNT_CONCIERGE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_GERANTE;
import static coop.relais.shared.demo.DemoIds.ACCOUNT_HABITANT;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static coop.relais.shared.demo.DemoIds.SITE_ECOTONE;

import coop.relais.shared.Zones;
import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.jdbc.Instants;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Community life at the Bastide: eight neighbours listed in the directory (habitant@ among them; the others keep
 * out, one having withdrawn), two associations and the neighbourhood house; three events to come, the repair café
 * full with two people waiting, and a past clean-up with its attendance; reports open, handled, closed and merged;
 * an announcement for everyone. At Écotone, the business park's breakfast.
 */
@Component
class CommunityDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final Clock clock;

    CommunityDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 120;
    }

    /** The SEL's neighbours of the Bastide (members there), by their order in its demo. */
    private static UUID neighbour(int i) {
        return UUID.nameUUIDFromBytes(("voisin-" + i).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        if (jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
                        .param(neighbour(0))
                        .query(Long.class)
                        .single()
                == 0) {
            return;
        }
        directory(now);
        LocalDate today = LocalDate.now(clock.withZone(Zones.DEFAULT));
        UUID cafe = event(
                SITE_BASTIDE,
                "Repair café",
                "Apportez un grille-pain, une lampe, un vélo : on répare ensemble, avec les bénévoles du quartier.",
                "Salle commune, 12 rue Lafontaine",
                today.plusDays(9),
                LocalTime.of(14, 0),
                LocalTime.of(17, 0),
                6,
                ACCOUNT_CONCIERGE,
                now);
        // Full: six seats taken, two waiting in the order they came.
        for (int i = 0; i < 6; i++) {
            register(cafe, neighbour(i), "REGISTERED", i + 1, i == 0, null, now);
        }
        register(cafe, neighbour(6), "WAITLISTED", 7, false, null, now);
        register(cafe, neighbour(7), "WAITLISTED", 8, false, null, now);
        UUID party = event(
                SITE_BASTIDE,
                "Fête des voisins d'hiver",
                "Vin chaud, soupes et gâteaux : chacun apporte un plat.",
                "Cour de la résidence Bastide",
                today.plusDays(16),
                LocalTime.of(18, 30),
                LocalTime.of(22, 0),
                80,
                ACCOUNT_GERANTE,
                now);
        register(party, ACCOUNT_HABITANT, "REGISTERED", 1, true, null, now);
        register(party, neighbour(2), "REGISTERED", 2, false, null, now);
        register(party, neighbour(4), "REGISTERED", 3, false, null, now);
        event(
                SITE_BASTIDE,
                "Atelier compost",
                "Démarrer un lombricomposteur en appartement, avec l'association Les Jardins de la Bastide.",
                "Jardin partagé, rue de la Benauge",
                today.plusDays(23),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                15,
                ACCOUNT_CONCIERGE,
                now);
        UUID cleanUp = event(
                SITE_BASTIDE,
                "Nettoyage du parc",
                "Gants et sacs fournis.",
                "Parc aux Angéliques, entrée nord",
                today.minusDays(20),
                LocalTime.of(9, 30),
                LocalTime.of(12, 0),
                20,
                ACCOUNT_CONCIERGE,
                now.minus(Duration.ofDays(40)));
        for (int i = 0; i < 8; i++) {
            register(
                    cleanUp,
                    neighbour(i),
                    "REGISTERED",
                    i + 1,
                    i < 2,
                    i != 3 && i != 6,
                    now.minus(Duration.ofDays(30)));
        }
        event(
                SITE_ECOTONE,
                "Petit-déjeuner du parc d'activités",
                "Café, viennoiseries et présentation des services de la conciergerie aux salariés du parc.",
                "Hall du bâtiment A, Écotone",
                today.plusDays(6),
                LocalTime.of(8, 30),
                LocalTime.of(10, 0),
                40,
                ACCOUNT_GERANTE,
                now);
        reports(now);
        jdbc.sql("""
                        INSERT INTO community_announcement (id, site_id, title, body, audience, emailed, published_by,
                                                            published_at, shown_until)
                        VALUES (?, ?, ?, ?, 'EVERYONE', FALSE, ?, ?, ?)""")
                .params(
                        UUID.nameUUIDFromBytes("announcement-bastide-water".getBytes(StandardCharsets.UTF_8)),
                        SITE_BASTIDE,
                        "Coupure d'eau jeudi matin",
                        "Le syndic fait changer les compteurs du bâtiment B : l'eau sera coupée jeudi de 8 h à 11 h."
                                + "\nLa conciergerie garde des bouteilles d'eau pour qui en a besoin.",
                        ACCOUNT_GERANTE,
                        Instants.param(now.minus(Duration.ofDays(1))),
                        today.plusDays(5))
                .update();
    }

    private void directory(Instant now) {
        List<String[]> listed = List.of(
                new String[] {"Je répare les vélos le samedi matin dans ma cour.", "vélo, bricolage, jardinage"},
                new String[] {"Retraité, ancien menuisier.", "menuiserie, bricolage, meubles"},
                new String[] {"Étudiant en maths.", "aide aux devoirs, mathématiques, anglais"},
                new String[] {"Je cuisine pour dix sans effort.", "cuisine, pâtisserie"},
                new String[] {null, "informatique, smartphone, démarches en ligne"},
                new String[] {"Jardinier amateur, des graines à partager.", "jardinage, compost"},
                new String[] {"Je parle wolof et peul.", "traduction, accompagnement"},
                new String[] {"Toujours partante pour les fêtes de quartier.", "animation, musique"});
        UUID[] who = {
            ACCOUNT_HABITANT,
            neighbour(1),
            neighbour(3),
            neighbour(4),
            neighbour(7),
            neighbour(8),
            neighbour(5),
            neighbour(9)
        };
        for (int i = 0; i < who.length; i++) {
            listing(who[i], true, listed.get(i)[0], listed.get(i)[1], now.minus(Duration.ofDays(60 - i)));
        }
        // Chantal listed herself, then withdrew: what she wrote stays hers, and is shown to nobody.
        listing(neighbour(2), false, "Garde d'enfants le mercredi.", "garde d'enfants", now.minus(Duration.ofDays(50)));
        organisation(
                "Les Jardins de la Bastide",
                "ASSOCIATION",
                "Jardin partagé, ateliers compost et trocs de graines.",
                "lesjardins@exemple.org",
                now);
        organisation(
                "Bastide Solidaire",
                "ASSOCIATION",
                "Aide aux devoirs, permanences d'écrivain public le mardi.",
                "05 56 00 10 20",
                now);
        organisation(
                "Maison de quartier de la Benauge",
                "PUBLIC_SERVICE",
                "Accueil, démarches administratives, salle à prêter aux associations.",
                "05 56 00 10 30",
                now);
    }

    private void listing(UUID account, boolean listed, String presentation, String skills, Instant at) {
        jdbc.sql("""
                        INSERT INTO community_listing (account_id, site_id, listed, presentation, skills, consented_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(account, SITE_BASTIDE, listed, presentation, skills, Instants.param(at), Instants.param(at))
                .update();
    }

    private void organisation(String name, String category, String description, String contact, Instant now) {
        jdbc.sql("""
                        INSERT INTO community_organisation (id, site_id, name, category, description, contact, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.nameUUIDFromBytes(("organisation-" + name).getBytes(StandardCharsets.UTF_8)),
                        SITE_BASTIDE,
                        name,
                        category,
                        description,
                        contact,
                        Instants.param(now))
                .update();
    }

    private UUID event(
            UUID site,
            String title,
            String description,
            String place,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            int capacity,
            UUID by,
            Instant created) {
        UUID id = UUID.nameUUIDFromBytes(("event-" + title).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                        INSERT INTO community_event (id, site_id, title, description, place, starts_at, ends_at, capacity,
                                                     status, proposed_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)""")
                .params(
                        id,
                        site,
                        title,
                        description,
                        place,
                        Instants.param(day.atTime(start).atZone(Zones.DEFAULT).toInstant()),
                        Instants.param(day.atTime(end).atZone(Zones.DEFAULT).toInstant()),
                        capacity,
                        by,
                        Instants.param(created))
                .update();
        return id;
    }

    private void register(
            UUID event, UUID account, String status, long seq, boolean volunteer, Boolean attended, Instant at) {
        jdbc.sql("""
                        INSERT INTO community_registration (id, event_id, account_id, status, seq, volunteer, attended,
                                                            registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), event, account, status, seq, volunteer, attended, Instants.param(at))
                .update();
        jdbc.sql("""
                        UPDATE community_event SET last_seq = GREATEST(last_seq, ?),
                               registered = registered + ?
                        WHERE id = ?""").params(seq, "REGISTERED".equals(status) ? 1 : 0, event).update();
    }

    private void reports(Instant now) {
        UUID light = report(
                "LIGHTING",
                "L'éclairage du hall ne s'allume plus, on rentre dans le noir le soir.",
                "Hall du bâtiment B",
                ACCOUNT_HABITANT,
                "OPEN",
                null,
                null,
                null,
                now.minus(Duration.ofHours(20)));
        report(
                "LIGHTING",
                "Le hall B est dans le noir depuis hier.",
                "Hall B, rez-de-chaussée",
                neighbour(4),
                "MERGED",
                light,
                null,
                now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(6)));
        report(
                "GRAFFITI",
                "Des tags sur la porte du local vélos.",
                "Local vélos, cour intérieure",
                neighbour(1),
                "ASSIGNED",
                null,
                null,
                null,
                now.minus(Duration.ofDays(3)));
        report(
                "WASTE",
                "Les bacs jaunes débordent depuis la semaine dernière.",
                "Local poubelles du bâtiment A",
                ACCOUNT_HABITANT,
                "CLOSED",
                null,
                "Le syndic a ajouté deux bacs jaunes et la collecte passe désormais deux fois par semaine.",
                now.minus(Duration.ofDays(8)),
                now.minus(Duration.ofDays(12)));
    }

    private UUID report(
            String category,
            String description,
            String place,
            UUID reporter,
            String status,
            UUID mergedInto,
            String closingNote,
            Instant closedAt,
            Instant at) {
        UUID id = UUID.nameUUIDFromBytes(("report-" + place).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                        INSERT INTO community_report (id, site_id, reporter_id, category, description, place, status,
                                                      assigned_to, merged_into, closing_note, reported_at, closed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        SITE_BASTIDE,
                        reporter,
                        category,
                        description,
                        place,
                        status,
                        "OPEN".equals(status) || "MERGED".equals(status) ? null : ACCOUNT_CONCIERGE,
                        mergedInto,
                        closingNote,
                        Instants.param(at),
                        closedAt == null ? null : Instants.param(closedAt))
                .update();
        return id;
    }
}
