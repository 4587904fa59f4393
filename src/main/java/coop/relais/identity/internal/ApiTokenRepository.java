package coop.relais.identity.internal;

import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token that still works, with its (enabled) account. */
    record ActiveToken(UUID id, UUID accountId, Instant lastUsedAt) {}

    void insert(UUID id, UUID accountId, String name, String tokenHash, String hint, Instant at) {
        jdbc.sql("INSERT INTO api_token (id, account_id, name, token_hash, hint, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, accountId, name, tokenHash, hint, Instants.param(at))
                .update();
    }

    Optional<ActiveToken> findActive(String tokenHash) {
        return jdbc.sql("""
                        SELECT t.id, t.account_id, t.last_used_at FROM api_token t JOIN account a ON a.id = t.account_id
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.enabled = TRUE""")
                .param(tokenHash)
                .query((rs, n) -> new ActiveToken(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        Instants.read(rs, "last_used_at")))
                .optional();
    }

    /** Records a use, at most once a minute per token. */
    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(Instants.param(at), id, Instants.param(at.minusSeconds(60)))
                .update();
    }

    List<ApiTokenService.TokenRow> activeOf(UUID accountId) {
        return jdbc.sql(
                        "SELECT id, name, hint, created_at, last_used_at FROM api_token WHERE account_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, id")
                .param(accountId)
                .query((rs, n) -> new ApiTokenService.TokenRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("hint"),
                        Instants.read(rs, "created_at"),
                        Instants.read(rs, "last_used_at")))
                .list();
    }

    long countActive(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE account_id = ? AND revoked_at IS NULL")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    Optional<String> nameOf(UUID id, UUID accountId) {
        return jdbc.sql("SELECT name FROM api_token WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(id, accountId)
                .query(String.class)
                .optional();
    }

    boolean revoke(UUID id, UUID accountId, Instant at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                        .params(Instants.param(at), id, accountId)
                        .update()
                == 1;
    }
}
