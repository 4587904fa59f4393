package coop.relais.identity.internal;

import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Password-reset links and sign-up verification links (hashed tokens, single use, expiring). */
@Repository
class OneTimeLinkRepository {

    private final JdbcClient jdbc;

    OneTimeLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PasswordReset(UUID id, UUID accountId, Instant expiresAt, Instant usedAt) {

        boolean usable(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }

    record SignupRequest(
            UUID id, String email, UUID organisationId, String language, Instant expiresAt, Instant usedAt) {

        boolean usable(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }

    void insertReset(UUID id, UUID accountId, String tokenHash, Instant at, Instant expiresAt) {
        jdbc.sql(
                        "INSERT INTO password_reset (id, account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, accountId, tokenHash, Instants.param(at), Instants.param(expiresAt))
                .update();
    }

    Optional<PasswordReset> findReset(String tokenHash) {
        return jdbc.sql("SELECT id, account_id, expires_at, used_at FROM password_reset WHERE token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new PasswordReset(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        Instants.read(rs, "expires_at"),
                        Instants.read(rs, "used_at")))
                .optional();
    }

    /** Uses up this link, if still unused; false if it was used meanwhile. */
    boolean useReset(UUID id, Instant at) {
        return jdbc.sql("UPDATE password_reset SET used_at = ? WHERE id = ? AND used_at IS NULL")
                        .params(Instants.param(at), id)
                        .update()
                == 1;
    }

    /** Uses up every still-unused reset link of the account. */
    int invalidateResets(UUID accountId, Instant at) {
        return jdbc.sql("UPDATE password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(Instants.param(at), accountId)
                .update();
    }

    void insertSignup(
            UUID id,
            String email,
            UUID organisationId,
            String language,
            String tokenHash,
            Instant at,
            Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO signup_request (id, token_hash, email, organisation_id, language, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tokenHash, email, organisationId, language, Instants.param(at), Instants.param(expiresAt))
                .update();
    }

    Optional<SignupRequest> findSignup(String tokenHash) {
        return jdbc.sql(
                        "SELECT id, email, organisation_id, language, expires_at, used_at FROM signup_request WHERE token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new SignupRequest(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("language"),
                        Instants.read(rs, "expires_at"),
                        Instants.read(rs, "used_at")))
                .optional();
    }

    boolean useSignup(UUID id, UUID accountId, Instant at) {
        return jdbc.sql("UPDATE signup_request SET used_at = ?, account_id = ? WHERE id = ? AND used_at IS NULL")
                        .params(Instants.param(at), accountId, id)
                        .update()
                == 1;
    }

    /** Uses up every other still-unused sign-up link for the address. */
    void invalidateSignups(String email, Instant at) {
        jdbc.sql("UPDATE signup_request SET used_at = ? WHERE email = ? AND used_at IS NULL")
                .params(Instants.param(at), email)
                .update();
    }

    /** Forgets links that expired long ago (kept a while for the record). */
    int deleteExpiredBefore(Instant before) {
        return jdbc.sql("DELETE FROM password_reset WHERE expires_at < ?")
                        .param(Instants.param(before))
                        .update()
                + jdbc.sql("DELETE FROM signup_request WHERE expires_at < ? AND account_id IS NULL")
                        .param(Instants.param(before))
                        .update();
    }
}
