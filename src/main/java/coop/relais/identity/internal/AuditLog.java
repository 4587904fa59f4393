package coop.relais.identity.internal;

import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of sensitive actions: who (actor), did what (action), to whom or what (target), with
 * which detail, from which address. Append-only: nothing here updates or deletes a line.
 */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the signed-in person (or of nobody known, when {@code actor} is null). */
    public void record(CurrentUser actor, AuditAction action, String target, String detail) {
        record(actor == null ? null : actor.accountId(), actor == null ? null : actor.email(), action, target, detail);
    }

    public void record(UUID actorId, String actorEmail, AuditAction action, String target, String detail) {
        record(actorId, actorEmail, action, target, detail, currentAddress());
    }

    public void record(UUID actorId, String actorEmail, AuditAction action, String target, String detail, String ip) {
        jdbc.sql("""
                        INSERT INTO audit_log (id, at, actor_id, actor_email, action, target, detail, ip)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        Instants.param(Instant.now(clock)),
                        actorId,
                        cut(actorEmail, 254),
                        action.name(),
                        cut(target, 300),
                        cut(detail, 2000),
                        cut(ip, 60))
                .update();
    }

    /** Newest first, optionally only one action. */
    public ResultPage<AuditEntry> page(String action, int page, int size) {
        int p = ResultPage.boundedPage(page);
        int s = ResultPage.boundedSize(size);
        String where = action == null ? "" : "WHERE action = :action ";
        var count = jdbc.sql("SELECT COUNT(*) FROM audit_log " + where);
        var select = jdbc.sql("SELECT id, at, actor_id, actor_email, action, target, detail, ip FROM audit_log " + where
                + "ORDER BY at DESC, id LIMIT :limit OFFSET :offset");
        if (action != null) {
            count = count.param("action", action);
            select = select.param("action", action);
        }
        long total = count.query(Long.class).single();
        var items = select.param("limit", s)
                .param("offset", (long) p * s)
                .query((rs, n) -> new AuditEntry(
                        rs.getObject("id", UUID.class),
                        Instants.read(rs, "at"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_email"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("detail"),
                        rs.getString("ip")))
                .list();
        return new ResultPage<>(items, p, s, total);
    }

    /** The address of the current web request, if there is one. */
    public static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
