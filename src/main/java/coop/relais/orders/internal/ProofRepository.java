package coop.relais.orders.internal;

import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proofs of completion: a note and/or a photo whose bytes are kept in the database. */
@Repository
public class ProofRepository {

    public record ProofInfo(
            UUID id, String note, String contentType, Integer sizeBytes, UUID addedBy, Instant addedAt) {

        public boolean hasPhoto() {
            return contentType != null;
        }
    }

    public record Photo(String contentType, byte[] data) {}

    private final JdbcClient jdbc;

    ProofRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID orderId, String note, String contentType, byte[] data, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO order_proof (id, order_id, note, content_type, size_bytes, data, added_by, added_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orderId, note, contentType, data == null ? null : data.length, data, by, Instants.param(at))
                .update();
    }

    public List<ProofInfo> ofOrder(UUID orderId) {
        return jdbc.sql("""
                        SELECT id, note, content_type, size_bytes, added_by, added_at FROM order_proof
                         WHERE order_id = ? ORDER BY added_at, id""")
                .param(orderId)
                .query((rs, n) -> new ProofInfo(
                        rs.getObject("id", UUID.class),
                        rs.getString("note"),
                        rs.getString("content_type"),
                        rs.getObject("size_bytes", Integer.class),
                        rs.getObject("added_by", UUID.class),
                        Instants.read(rs, "added_at")))
                .list();
    }

    public Optional<Photo> photo(UUID orderId, UUID proofId) {
        return jdbc.sql("SELECT content_type, data FROM order_proof WHERE id = ? AND order_id = ? AND data IS NOT NULL")
                .params(proofId, orderId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
