package coop.relais.desk;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers for the desk: demo people as {@link CurrentUser}s, and the e-mails in the outbox. */
public class DeskFixtures {

    private final RelaisUserDetailsService users;
    private final JdbcClient jdbc;

    public DeskFixtures(RelaisUserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    public CurrentUser user(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    /** The e-mail written to the outbox under this dedup key (GreenMail comes with the sender). */
    public Optional<Map<String, Object>> mail(String dedupKey) {
        return jdbc
                .sql("SELECT recipient, subject, text_body, html_body FROM mail_outbox WHERE dedup_key = ?")
                .param(dedupKey)
                .query()
                .listOfRows()
                .stream()
                .findFirst();
    }

    public long mailCount(String dedupKey) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?")
                .param(dedupKey)
                .query(Long.class)
                .single();
    }

    public long parcelsWithTracking(String trackingNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM desk_parcel WHERE tracking_number = ?")
                .param(trackingNumber)
                .query(Long.class)
                .single();
    }

    public int codeAttempts(UUID parcelId) {
        return jdbc.sql("SELECT code_attempts FROM desk_parcel WHERE id = ?")
                .param(parcelId)
                .query(Integer.class)
                .single();
    }

    /** The pickup code of a waiting parcel, as its recipient sees it. */
    public String pickupCode(UUID parcelId) {
        return jdbc.sql("SELECT pickup_code FROM desk_parcel WHERE id = ?")
                .param(parcelId)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }

    /** A tracking number no other test uses. */
    public static String tracking() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows();
    }
}
