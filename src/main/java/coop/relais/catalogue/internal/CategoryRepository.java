package coop.relais.catalogue.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

    private static final String SELECT = "SELECT id, site_id, name, position, active FROM catalogue_category ";

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site's categories in display order. */
    List<Category> ofSite(UUID siteId) {
        return jdbc.sql(SELECT + "WHERE site_id = ? ORDER BY position, name")
                .param(siteId)
                .query(CategoryRepository::category)
                .list();
    }

    Optional<Category> find(UUID siteId, UUID categoryId) {
        return jdbc.sql(SELECT + "WHERE site_id = ? AND id = ?")
                .params(siteId, categoryId)
                .query(CategoryRepository::category)
                .optional();
    }

    private static Category category(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Category(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getString("name"),
                rs.getInt("position"),
                rs.getBoolean("active"));
    }

    void insert(Category category) {
        jdbc.sql("INSERT INTO catalogue_category (id, site_id, name, position, active) VALUES (?, ?, ?, ?, ?)")
                .params(category.id(), category.siteId(), category.name(), category.position(), category.active())
                .update();
    }

    void update(Category category) {
        jdbc.sql("UPDATE catalogue_category SET name = ?, position = ?, active = ? WHERE id = ? AND site_id = ?")
                .params(category.name(), category.position(), category.active(), category.id(), category.siteId())
                .update();
    }

    /** Locks the site's categories for a change of order or names (one editor at a time per site). */
    void lockSite(UUID siteId) {
        jdbc.sql("SELECT id FROM catalogue_category WHERE site_id = ? FOR UPDATE")
                .param(siteId)
                .query(UUID.class)
                .list();
    }
}
