package coop.relais.support;

import static coop.relais.shared.demo.DemoIds.OPERATOR;

import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh site of the demo operator for a test that needs one of its own (tests share PostgreSQL). */
public final class TestSites {

    private TestSites() {}

    /**
     * A new neighbourhood site in the given time zone, with a unique name that sorts after the demo's
     * « Conciergerie … » sites, so that lists of sites keep the demo ones on their first page.
     */
    public static UUID create(JdbcClient jdbc, String zone) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO site (id, operator_id, name, kind, street, postal_code, city, time_zone, active, created_at)
                        VALUES (?, ?, ?, 'NEIGHBOURHOOD', '1 rue du Test', '33000', 'Bordeaux', ?, TRUE, ?)""")
                .params(id, OPERATOR, "Site d'essai " + id, zone, Instants.param(Instant.now()))
                .update();
        return id;
    }
}
