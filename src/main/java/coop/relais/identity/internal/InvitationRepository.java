package coop.relais.identity.internal;

import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

    private static final String SELECT = "SELECT id, email, display_name, language, role, site_id, organisation_id, "
            + "invited_by, created_at, expires_at, accepted_at, revoked_at FROM invitation ";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation, String tokenHash) {
        jdbc.sql("""
                        INSERT INTO invitation (id, token_hash, email, display_name, language, role, site_id, organisation_id,
                                                invited_by, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        invitation.id(),
                        tokenHash,
                        invitation.email(),
                        invitation.displayName(),
                        invitation.language(),
                        invitation.grant().role().name(),
                        invitation.grant().siteId(),
                        invitation.grant().organisationId(),
                        invitation.invitedBy(),
                        Instants.param(invitation.createdAt()),
                        Instants.param(invitation.expiresAt()))
                .update();
    }

    Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + "WHERE token_hash = ?")
                .param(tokenHash)
                .query(this::invitation)
                .optional();
    }

    Optional<Invitation> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(this::invitation)
                .optional();
    }

    /** Marks the invitation used, only if it still is pending; false if someone was quicker. */
    boolean markAccepted(UUID id, UUID accountId, Instant at) {
        return jdbc.sql("""
                                UPDATE invitation SET accepted_at = ?, account_id = ?
                                WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?""")
                        .params(Instants.param(at), accountId, id, Instants.param(at))
                        .update()
                == 1;
    }

    boolean markRevoked(UUID id, UUID by, Instant at) {
        return jdbc.sql(
                                "UPDATE invitation SET revoked_at = ?, revoked_by = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL")
                        .params(Instants.param(at), by, id)
                        .update()
                == 1;
    }

    /** Pending invitations for exactly this address and grant (to replace them by a new one). */
    List<Invitation> pendingFor(String email, RoleGrant grant, Instant now) {
        return jdbc
                .sql(
                        SELECT
                                + "WHERE email = ? AND role = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?")
                .params(email, grant.role().name(), Instants.param(now))
                .query(this::invitation)
                .list()
                .stream()
                .filter(i -> i.grant().equals(grant))
                .toList();
    }

    /** Invitations neither accepted nor revoked (pending or expired), newest first; all sites when null. */
    ResultPage<Invitation> open(Collection<UUID> sites, int page, int size) {
        int p = ResultPage.boundedPage(page);
        int s = ResultPage.boundedSize(size);
        String where = "WHERE accepted_at IS NULL AND revoked_at IS NULL "
                + (sites == null ? "" : sites.isEmpty() ? "AND 1 = 0 " : "AND site_id IN (:sites) ");
        var count = jdbc.sql("SELECT COUNT(*) FROM invitation " + where);
        var select = jdbc.sql(SELECT + where + "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset");
        if (sites != null && !sites.isEmpty()) {
            count = count.param("sites", List.copyOf(sites));
            select = select.param("sites", List.copyOf(sites));
        }
        long total = count.query(Long.class).single();
        List<Invitation> items = select.param("limit", s)
                .param("offset", (long) p * s)
                .query(this::invitation)
                .list();
        return new ResultPage<>(items, p, s, total);
    }

    private Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("language"),
                new RoleGrant(
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class)),
                rs.getObject("invited_by", UUID.class),
                Instants.read(rs, "created_at"),
                Instants.read(rs, "expires_at"),
                Instants.read(rs, "accepted_at"),
                Instants.read(rs, "revoked_at"));
    }
}
