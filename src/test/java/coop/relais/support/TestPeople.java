package coop.relais.support;

import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person made for a test: an account (signing in through the API only, by token) holding one role at a
 * site, and the same person as the application sees them.
 */
public final class TestPeople {

    private TestPeople() {}

    public static CurrentUser create(JdbcClient jdbc, Role role, UUID site) {
        UUID id = UUID.randomUUID();
        String email = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + id + "@people.test";
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, ?, 'fr', 'x', TRUE, TRUE, ?)""")
                .params(id, email, "Voisin " + id.toString().substring(0, 5), Instants.param(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO role_grant (id, account_id, role, site_id, granted_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, role.name(), site, Instants.param(Instant.now()))
                .update();
        return new CurrentUser(id, email, "Voisin", "fr", List.of(RoleGrant.atSite(role, site)));
    }
}
