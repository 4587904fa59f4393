package coop.relais.reuse.internal;

import coop.relais.reuse.ReuseCategory;
import coop.relais.reuse.Sale;
import coop.relais.reuse.SalePayment;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The shop's sales: numbered per site under the site counter's row lock, inserted and never updated. */
@Repository
public class SaleRepository {

    private static final String SALE = """
            SELECT x.id, x.site_id, x.sale_no, x.category, x.description, x.price, x.payment, x.buyer_id,
                   b.display_name, s.display_name, x.sold_at
            FROM reuse_sale x JOIN account s ON s.id = x.sold_by LEFT JOIN account b ON b.id = x.buyer_id
            """;

    private final JdbcClient jdbc;

    SaleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site's next sale number; the counter's row stays locked until the sale commits, so there is no gap. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long nextNumber(UUID siteId) {
        jdbc.sql("UPDATE reuse_counter SET last_sale = last_sale + 1 WHERE site_id = ?")
                .param(siteId)
                .update();
        return jdbc.sql("SELECT last_sale FROM reuse_counter WHERE site_id = ?")
                .param(siteId)
                .query(Long.class)
                .single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID insert(
            UUID siteId,
            long number,
            ReuseCategory category,
            String description,
            BigDecimal price,
            String payment,
            UUID buyerId,
            UUID soldBy,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO reuse_sale (id, site_id, sale_no, category, description, price, payment, buyer_id,
                                                sold_by, sold_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        siteId,
                        number,
                        category.name(),
                        description,
                        price,
                        payment,
                        buyerId,
                        soldBy,
                        Instants.param(at))
                .update();
        return id;
    }

    public Optional<Sale> find(UUID id) {
        return jdbc.sql(SALE + " WHERE x.id = ?")
                .param(id)
                .query(SaleRepository::sale)
                .optional();
    }

    public List<Sale> recent(UUID siteId, int limit) {
        return jdbc.sql(SALE + " WHERE x.site_id = ? ORDER BY x.sold_at DESC, x.sale_no DESC LIMIT ?")
                .params(siteId, limit)
                .query(SaleRepository::sale)
                .list();
    }

    /** What the shop sold between two instants, in euros. */
    public BigDecimal total(UUID siteId, Instant from, Instant to) {
        return jdbc.sql(
                        "SELECT COALESCE(SUM(price), 0) FROM reuse_sale WHERE site_id = ? AND sold_at >= ? AND sold_at < ?")
                .params(siteId, Instants.param(from), Instants.param(to))
                .query(BigDecimal.class)
                .single();
    }

    private static Sale sale(ResultSet rs, int n) throws SQLException {
        return new Sale(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getLong(3),
                ReuseCategory.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getBigDecimal(6),
                SalePayment.valueOf(rs.getString(7)),
                rs.getObject(8, UUID.class),
                rs.getString(9),
                rs.getString(10),
                Instants.read(rs, 11));
    }
}
