package coop.relais.identity.internal;

import coop.relais.identity.AccountSummary;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finding people by a few letters of their name, e-mail or phone: the lists behind the people pages and the desk's search. */
@Repository
public class PeopleSearch {

    private final JdbcClient jdbc;

    PeopleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone whose name or e-mail contains the query, by name, one page. */
    public ResultPage<AccountRepository.AccountDetails> search(String query, int page, int size) {
        int p = ResultPage.boundedPage(page);
        int s = ResultPage.boundedSize(size);
        String pattern = pattern(query);
        long total = jdbc.sql(
                        "SELECT COUNT(*) FROM account WHERE LOWER(display_name) LIKE :q ESCAPE '!' OR email LIKE :q ESCAPE '!'")
                .param("q", pattern)
                .query(Long.class)
                .single();
        List<AccountRepository.AccountDetails> items = jdbc.sql(
                        AccountRepository.DETAILS
                                + "WHERE LOWER(display_name) LIKE :q ESCAPE '!' OR email LIKE :q ESCAPE '!' ORDER BY LOWER(display_name), id LIMIT :limit OFFSET :offset")
                .param("q", pattern)
                .param("limit", s)
                .param("offset", (long) p * s)
                .query(AccountRepository::details)
                .list();
        return new ResultPage<>(items, p, s, total);
    }

    /** People holding one of the roles at the site, matching the query, by name, one page. */
    public ResultPage<AccountRepository.AccountDetails> searchAtSite(
            UUID siteId, Collection<Role> roles, String query, int page, int size) {
        int p = ResultPage.boundedPage(page);
        int s = ResultPage.boundedSize(size);
        List<String> roleNames = roles.stream().map(Role::name).toList();
        String where = "WHERE id IN (SELECT account_id FROM role_grant WHERE site_id = :site AND role IN (:roles)) "
                + "AND (LOWER(display_name) LIKE :q ESCAPE '!' OR email LIKE :q ESCAPE '!' OR COALESCE(phone, '') LIKE :q ESCAPE '!') ";
        long total = jdbc.sql("SELECT COUNT(*) FROM account " + where)
                .param("site", siteId)
                .param("roles", roleNames)
                .param("q", pattern(query))
                .query(Long.class)
                .single();
        List<AccountRepository.AccountDetails> items = jdbc.sql(AccountRepository.DETAILS + where
                        + "ORDER BY LOWER(display_name), id LIMIT :limit OFFSET :offset")
                .param("site", siteId)
                .param("roles", roleNames)
                .param("q", pattern(query))
                .param("limit", s)
                .param("offset", (long) p * s)
                .query(AccountRepository::details)
                .list();
        return new ResultPage<>(items, p, s, total);
    }

    public List<AccountSummary> searchWithRoleAtSite(Role role, UUID siteId, String query, int limit) {
        String pattern = pattern(query);
        return jdbc.sql(AccountRepository.SUMMARY + """
                        WHERE id IN (SELECT account_id FROM role_grant WHERE role = ? AND site_id = ?)
                          AND (LOWER(display_name) LIKE ? ESCAPE '!' OR email LIKE ? ESCAPE '!' OR COALESCE(phone, '') LIKE ? ESCAPE '!')
                        ORDER BY display_name LIMIT ?""")
                .params(role.name(), siteId, pattern, pattern, pattern, limit)
                .query(AccountSummary.class)
                .list();
    }

    /** A LIKE pattern for a free-text query (at most 200 characters), its own {@code %} and {@code _} taken literally. */
    static String pattern(String query) {
        String q = query == null ? "" : query.trim();
        return LikePattern.contains(q.length() > 200 ? q.substring(0, 200) : q);
    }

    /** The people holding a role for an organisation, by name (e.g. whom to tell about its requests). */
    public List<AccountSummary> holdersForOrganisation(Role role, UUID organisationId) {
        return jdbc.sql(
                        AccountRepository.SUMMARY
                                + "WHERE id IN (SELECT account_id FROM role_grant WHERE role = ? AND organisation_id = ?) ORDER BY display_name")
                .params(role.name(), organisationId)
                .query(AccountSummary.class)
                .list();
    }
}
