package coop.relais.identity.internal;

import coop.relais.identity.AccountSummary;
import coop.relais.identity.SiteMember;
import coop.relais.shared.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who belongs to a site: the roles held there, the members and the employer each declared there. */
@Repository
public class SiteMembershipRepository {

    private final JdbcClient jdbc;

    SiteMembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean holds(UUID accountId, Role role, UUID siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM role_grant WHERE account_id = ? AND role = ? AND site_id = ?")
                        .params(accountId, role.name(), siteId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<UUID> employerAtSite(UUID accountId, UUID siteId) {
        return jdbc.sql("""
                        SELECT organisation_id FROM role_grant
                         WHERE account_id = ? AND role = 'MEMBER' AND site_id = ? AND organisation_id IS NOT NULL
                         ORDER BY granted_at, id""").params(accountId, siteId).query(UUID.class).list().stream()
                .findFirst();
    }

    /** The members of a site whose accounts are enabled, each with the employer they declared there (null for none). */
    public List<SiteMember> membersAt(UUID siteId) {
        return jdbc.sql("""
                        SELECT a.id, a.email, a.display_name, a.language, a.phone, MIN(CAST(g.organisation_id AS VARCHAR(36)))
                        FROM role_grant g JOIN account a ON a.id = g.account_id
                        WHERE g.role = 'MEMBER' AND g.site_id = ? AND a.enabled
                        GROUP BY a.id, a.email, a.display_name, a.language, a.phone
                        ORDER BY a.display_name, a.id""")
                .param(siteId)
                .query((rs, n) -> new SiteMember(
                        new AccountSummary(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5)),
                        rs.getString(6) == null ? null : UUID.fromString(rs.getString(6))))
                .list();
    }

    public long countWithRoleAtSite(Role role, UUID siteId) {
        return jdbc.sql("SELECT COUNT(DISTINCT account_id) FROM role_grant WHERE role = ? AND site_id = ?")
                .params(role.name(), siteId)
                .query(Long.class)
                .single();
    }
}
