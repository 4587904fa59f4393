package coop.relais.identity.internal;

import coop.relais.identity.AccountSummary;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private static final String SUMMARY = "SELECT id, email, display_name, language, phone FROM account ";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredAccount(
            UUID id, String email, String displayName, String language, String passwordHash, boolean enabled) {}

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<StoredAccount> findByEmail(String email) {
        return jdbc.sql("SELECT id, email, display_name, language, password_hash, enabled FROM account WHERE email = ?")
                .param(normalise(email))
                .query((rs, n) -> new StoredAccount(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        rs.getString("language"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    public Optional<AccountSummary> findSummary(UUID id) {
        return jdbc.sql(SUMMARY + "WHERE id = ?")
                .param(id)
                .query(AccountSummary.class)
                .optional();
    }

    public boolean existsByEmail(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?")
                        .param(normalise(email))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(
            UUID id,
            String email,
            String displayName,
            String language,
            String phone,
            String passwordHash,
            boolean emailVerified,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, phone, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(id, normalise(email), displayName, language, phone, passwordHash, emailVerified, at)
                .update();
    }

    public void grant(UUID accountId, RoleGrant grant, Instant at) {
        jdbc.sql(
                        "INSERT INTO role_grant (id, account_id, role, site_id, organisation_id, granted_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), accountId, grant.role().name(), grant.siteId(), grant.organisationId(), at)
                .update();
    }

    public List<RoleGrant> grantsOf(UUID accountId) {
        return jdbc.sql(
                        "SELECT role, site_id, organisation_id FROM role_grant WHERE account_id = ? ORDER BY granted_at, id")
                .param(accountId)
                .query((rs, n) -> new RoleGrant(
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class)))
                .list();
    }

    public boolean holds(UUID accountId, Role role, UUID siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM role_grant WHERE account_id = ? AND role = ? AND site_id = ?")
                        .params(accountId, role.name(), siteId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<AccountSummary> searchWithRoleAtSite(Role role, UUID siteId, String query, int limit) {
        String pattern = "%" + (query == null ? "" : query.trim().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql(SUMMARY + """
                        WHERE id IN (SELECT account_id FROM role_grant WHERE role = ? AND site_id = ?)
                          AND (LOWER(display_name) LIKE ? OR email LIKE ? OR COALESCE(phone, '') LIKE ?)
                        ORDER BY display_name LIMIT ?""")
                .params(role.name(), siteId, pattern, pattern, pattern, limit)
                .query(AccountSummary.class)
                .list();
    }

    public List<AccountSummary> holdersForOrganisation(Role role, UUID organisationId) {
        return jdbc.sql(
                        SUMMARY
                                + "WHERE id IN (SELECT account_id FROM role_grant WHERE role = ? AND organisation_id = ?) ORDER BY display_name")
                .params(role.name(), organisationId)
                .query(AccountSummary.class)
                .list();
    }

    public Optional<UUID> employerAtSite(UUID accountId, UUID siteId) {
        return jdbc.sql("""
                        SELECT organisation_id FROM role_grant
                         WHERE account_id = ? AND role = 'MEMBER' AND site_id = ? AND organisation_id IS NOT NULL
                         ORDER BY granted_at, id""").params(accountId, siteId).query(UUID.class).list().stream()
                .findFirst();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    public long countWithRoleAtSite(Role role, UUID siteId) {
        return jdbc.sql("SELECT COUNT(DISTINCT account_id) FROM role_grant WHERE role = ? AND site_id = ?")
                .params(role.name(), siteId)
                .query(Long.class)
                .single();
    }
}
