package coop.relais.desk.internal;

import coop.relais.desk.ProxyView;
import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people a member allows to collect their parcels on showing an ID; revoked ones are kept, dated. */
@Repository
public class ProxyRepository {

    private final JdbcClient jdbc;

    ProxyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProxyView> activeProxies(UUID memberId) {
        return jdbc.sql("""
                        SELECT id, name, relation, created_at FROM desk_parcel_proxy
                         WHERE member_id = ? AND revoked_at IS NULL ORDER BY created_at, id""")
                .param(memberId)
                .query((rs, n) -> new ProxyView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("relation"),
                        Instants.read(rs, "created_at")))
                .list();
    }

    public void insertProxy(UUID id, UUID memberId, String name, String relation, Instant at) {
        jdbc.sql("INSERT INTO desk_parcel_proxy (id, member_id, name, relation, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, memberId, name, relation, Instants.param(at))
                .update();
    }

    public boolean revokeProxy(UUID id, UUID memberId, Instant at) {
        return jdbc.sql(
                                "UPDATE desk_parcel_proxy SET revoked_at = ? WHERE id = ? AND member_id = ? AND revoked_at IS NULL")
                        .params(Instants.param(at), id, memberId)
                        .update()
                == 1;
    }
}
