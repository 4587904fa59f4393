package coop.relais.identity.internal;

import coop.relais.identity.AccountSummary;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    static final String SUMMARY = "SELECT id, email, display_name AS displayName, language, phone FROM account ";
    static final String DETAILS =
            "SELECT id, email, display_name, language, phone, enabled, email_verified, created_at FROM account ";

    private final JdbcClient jdbc;
    private final RowCreation rows;

    AccountRepository(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public record StoredAccount(
            UUID id, String email, String displayName, String language, String passwordHash, boolean enabled) {}

    /** An account as the profile and people pages show it. */
    public record AccountDetails(
            UUID id,
            String email,
            String displayName,
            String language,
            String phone,
            boolean enabled,
            boolean emailVerified,
            Instant createdAt) {}

    /** A role grant with its own id (to revoke it) and its holder. */
    public record StoredGrant(UUID id, UUID accountId, RoleGrant grant, Instant grantedAt) {

        public Role role() {
            return grant.role();
        }

        public UUID siteId() {
            return grant.siteId();
        }

        public UUID organisationId() {
            return grant.organisationId();
        }
    }

    public static String normalise(String email) {
        return Emails.normalise(email);
    }

    public Optional<StoredAccount> findByEmail(String email) {
        return jdbc.sql("SELECT id, email, display_name, language, password_hash, enabled FROM account WHERE email = ?")
                .param(normalise(email))
                .query(this::stored)
                .optional();
    }

    public Optional<StoredAccount> findStored(UUID id) {
        return jdbc.sql("SELECT id, email, display_name, language, password_hash, enabled FROM account WHERE id = ?")
                .param(id)
                .query(this::stored)
                .optional();
    }

    public Optional<AccountSummary> findSummary(UUID id) {
        return jdbc.sql(SUMMARY + "WHERE id = ?")
                .param(id)
                .query(AccountSummary.class)
                .optional();
    }

    public List<AccountSummary> findSummaries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + "WHERE id IN (:ids)")
                .param("ids", ids)
                .query(AccountSummary.class)
                .list();
    }

    public Optional<AccountSummary> findSummaryByEmail(String email) {
        return jdbc.sql(SUMMARY + "WHERE email = ?")
                .param(normalise(email))
                .query(AccountSummary.class)
                .optional();
    }

    public Optional<AccountDetails> findDetails(UUID id) {
        return jdbc.sql(DETAILS + "WHERE id = ?")
                .param(id)
                .query(AccountRepository::details)
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
                .params(
                        id,
                        normalise(email),
                        displayName,
                        language,
                        phone,
                        passwordHash,
                        emailVerified,
                        Instants.param(at))
                .update();
    }

    public void updateProfile(UUID id, String displayName, String phone, String language) {
        jdbc.sql("UPDATE account SET display_name = ?, phone = ?, language = ? WHERE id = ?")
                .params(displayName, phone, language, id)
                .update();
    }

    public void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?")
                .params(passwordHash, id)
                .update();
    }

    public void markEmailVerified(UUID id) {
        jdbc.sql("UPDATE account SET email_verified = TRUE WHERE id = ?")
                .param(id)
                .update();
    }

    public void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    /**
     * Gives the role, once: a grant the person already holds (a double submit, two admins at once)
     * is left as it is, thanks to the unique key over role and scope.
     *
     * @return true if this call gave the role, false if the person already held it
     */
    public boolean grant(UUID accountId, RoleGrant grant, Instant at) {
        return rows.insertIfAbsent(
                "INSERT INTO role_grant (id, account_id, role, site_id, organisation_id, granted_at) VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                accountId,
                grant.role().name(),
                grant.siteId(),
                grant.organisationId(),
                Instants.param(at));
    }

    public List<RoleGrant> grantsOf(UUID accountId) {
        return storedGrantsOf(accountId).stream().map(StoredGrant::grant).toList();
    }

    public List<StoredGrant> storedGrantsOf(UUID accountId) {
        return jdbc.sql(
                        "SELECT id, account_id, role, site_id, organisation_id, granted_at FROM role_grant WHERE account_id = ? ORDER BY granted_at, id")
                .param(accountId)
                .query(this::storedGrant)
                .list();
    }

    public Optional<StoredGrant> findGrant(UUID grantId) {
        return jdbc.sql(
                        "SELECT id, account_id, role, site_id, organisation_id, granted_at FROM role_grant WHERE id = ?")
                .param(grantId)
                .query(this::storedGrant)
                .optional();
    }

    public void deleteGrant(UUID grantId) {
        jdbc.sql("DELETE FROM role_grant WHERE id = ?").param(grantId).update();
    }

    /** Whether the account already holds exactly this grant (same role and scope). */
    public boolean hasGrant(UUID accountId, RoleGrant grant) {
        return grantsOf(accountId).stream()
                .anyMatch(g -> g.role() == grant.role()
                        && Objects.equals(g.siteId(), grant.siteId())
                        && Objects.equals(g.organisationId(), grant.organisationId()));
    }

    public long countHolders(Role role) {
        return jdbc.sql(
                        "SELECT COUNT(DISTINCT g.account_id) FROM role_grant g JOIN account a ON a.id = g.account_id WHERE g.role = ? AND a.enabled = TRUE")
                .param(role.name())
                .query(Long.class)
                .single();
    }

    /** The grants at one site of the given accounts, by account. */
    public Map<UUID, List<StoredGrant>> grantsAtSite(UUID siteId, Collection<UUID> accountIds) {
        Map<UUID, List<StoredGrant>> byAccount = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return byAccount;
        }
        jdbc.sql(
                        "SELECT id, account_id, role, site_id, organisation_id, granted_at FROM role_grant WHERE site_id = :site AND account_id IN (:ids) ORDER BY granted_at, id")
                .param("site", siteId)
                .param("ids", List.copyOf(accountIds))
                .query(this::storedGrant)
                .list()
                .forEach(grant -> byAccount
                        .computeIfAbsent(grant.accountId(), id -> new java.util.ArrayList<>())
                        .add(grant));
        return byAccount;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    private StoredAccount stored(ResultSet rs, int n) throws SQLException {
        return new StoredAccount(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("language"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"));
    }

    static AccountDetails details(ResultSet rs, int n) throws SQLException {
        return new AccountDetails(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("language"),
                rs.getString("phone"),
                rs.getBoolean("enabled"),
                rs.getBoolean("email_verified"),
                Instants.read(rs, "created_at"));
    }

    private StoredGrant storedGrant(ResultSet rs, int n) throws SQLException {
        return new StoredGrant(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                new RoleGrant(
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class)),
                Instants.read(rs, "granted_at"));
    }
}
