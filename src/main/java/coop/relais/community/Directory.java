package coop.relais.community;

import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.TextRules;
import coop.relais.shared.text.TypedText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The neighbourhood directory of a site: the members who chose to be listed (explicit consent, withdrawn at any
 * time, and then hidden at once) with a short presentation and their skills, and the local organisations the staff
 * list. A member is reached through Relais: the directory never shows an e-mail address or a phone number.
 */
@Service
public class Directory {

    static final int PRESENTATION_MAX = 500;
    static final int SKILLS_MAX = 300;
    static final int SKILL_MAX = 40;
    static final int SKILLS_COUNT = 10;

    private final JdbcClient jdbc;
    private final Clock clock;

    Directory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A listed member, as the site's people see them. */
    public record Listing(UUID accountId, String displayName, String presentation, List<String> skills) {}

    /** A local organisation of the directory. */
    public record LocalOrganisation(
            UUID id, String name, OrganisationCategory category, String description, String contact) {}

    /** What a search finds. */
    public record Entries(List<Listing> members, List<LocalOrganisation> organisations) {}

    /** A member's own entry, listed or not. */
    public record MyListing(boolean listed, String presentation, String skills, Instant consentedAt) {

        static final MyListing NONE = new MyListing(false, null, null, null);
    }

    /** The listed members and organisations of a site, matching the words (name, presentation, skill, category). */
    @Transactional(readOnly = true)
    public Entries search(CurrentUser user, UUID siteId, String query, OrganisationCategory category) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
        String q = TextRules.trimmed(query);
        if (q != null && q.length() > 100) {
            throw DomainException.invalid("community.directory.query");
        }
        String like = q == null ? "%" : LikePattern.contains(q);
        List<Listing> members = category != null
                ? List.of()
                : jdbc.sql("""
                                SELECT l.account_id, a.display_name, l.presentation, l.skills
                                FROM community_listing l JOIN account a ON a.id = l.account_id
                                WHERE l.site_id = :site AND l.listed = TRUE AND a.enabled = TRUE
                                  AND EXISTS (SELECT 1 FROM role_grant g WHERE g.account_id = l.account_id
                                              AND g.role = 'MEMBER' AND g.site_id = :site)
                                  AND (LOWER(a.display_name) LIKE :q ESCAPE '!' OR LOWER(COALESCE(l.presentation, '')) LIKE :q ESCAPE '!'
                                       OR LOWER(COALESCE(l.skills, '')) LIKE :q ESCAPE '!')
                                ORDER BY a.display_name, l.account_id LIMIT 300""")
                        .param("site", siteId)
                        .param("q", like)
                        .query((rs, n) -> new Listing(
                                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), skills(rs.getString(4))))
                        .list();
        List<LocalOrganisation> organisations = jdbc.sql("""
                        SELECT id, name, category, description, contact FROM community_organisation
                        WHERE site_id = :site AND removed_at IS NULL AND (CAST(:category AS VARCHAR(16)) IS NULL OR category = :category)
                          AND (LOWER(name) LIKE :q ESCAPE '!' OR LOWER(COALESCE(description, '')) LIKE :q ESCAPE '!'
                               OR LOWER(category) LIKE :q ESCAPE '!')
                        ORDER BY name, id LIMIT 300""")
                .param("site", siteId)
                .param("category", category == null ? null : category.name())
                .param("q", like)
                .query((rs, n) -> new LocalOrganisation(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        OrganisationCategory.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        return new Entries(members, organisations);
    }

    /** The person's own entry at a site. */
    @Transactional(readOnly = true)
    public MyListing mine(CurrentUser user, UUID siteId) {
        return jdbc.sql("""
                        SELECT listed, presentation, skills, consented_at FROM community_listing
                        WHERE account_id = ? AND site_id = ?""")
                .params(user.accountId(), siteId)
                .query((rs, n) ->
                        new MyListing(rs.getBoolean(1), rs.getString(2), rs.getString(3), Instants.read(rs, 4)))
                .optional()
                .orElse(MyListing.NONE);
    }

    /**
     * Lists the member (their consent, dated) or withdraws them (hidden at once; what they wrote stays for them
     * alone). Only a member of the site may be listed there.
     */
    @Transactional
    public MyListing update(CurrentUser user, UUID siteId, boolean listed, String presentation, String skills) {
        if (siteId == null || !user.hasAt(Role.MEMBER, siteId)) {
            throw new NotFoundException("site");
        }
        String text = TypedText.optionalText(presentation, PRESENTATION_MAX, "community.directory.presentation");
        String skillList = skillList(skills);
        Instant now = clock.instant();
        MyListing before = mine(user, siteId);
        Instant consented = listed ? (before.listed() ? before.consentedAt() : now) : before.consentedAt();
        int changed = jdbc.sql("""
                        UPDATE community_listing SET listed = ?, presentation = ?, skills = ?, consented_at = ?, updated_at = ?
                        WHERE account_id = ? AND site_id = ?""")
                .params(
                        listed,
                        text,
                        skillList,
                        Instants.param(consented),
                        Instants.param(now),
                        user.accountId(),
                        siteId)
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO community_listing (account_id, site_id, listed, presentation, skills, consented_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            user.accountId(),
                            siteId,
                            listed,
                            text,
                            skillList,
                            consented == null ? null : Instants.param(consented),
                            Instants.param(now))
                    .update();
        }
        return mine(user, siteId);
    }

    /** The skills typed, comma-separated: each on one line, trimmed, without repeats. */
    static String skillList(String typed) {
        String all = TextRules.trimmed(typed);
        if (all == null) {
            return null;
        }
        if (all.length() > SKILLS_MAX) {
            throw DomainException.invalid("community.directory.skills", SKILLS_COUNT, SKILL_MAX);
        }
        Set<String> skills = new LinkedHashSet<>();
        for (String part : all.split("[,;\\n]")) {
            String skill = TextRules.trimmed(part);
            if (skill == null) {
                continue;
            }
            if (skill.length() > SKILL_MAX || !TextRules.isOneLine(skill)) {
                throw DomainException.invalid("community.directory.skills", SKILLS_COUNT, SKILL_MAX);
            }
            skills.add(skill);
        }
        if (skills.size() > SKILLS_COUNT) {
            throw DomainException.invalid("community.directory.skills", SKILLS_COUNT, SKILL_MAX);
        }
        return skills.isEmpty() ? null : String.join(", ", skills);
    }

    static List<String> skills(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        Arrays.stream(column.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(list::add);
        return list;
    }
}
