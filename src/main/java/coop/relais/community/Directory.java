package coop.relais.community;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.TextRules;
import coop.relais.shared.text.TypedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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
    static final int MESSAGE_MAX = 1000;
    /** Messages a person may send through the directory in a day, so that it never becomes a mailing list. */
    static final int MESSAGES_A_DAY = 10;

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final Clock clock;

    Directory(
            JdbcClient jdbc,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            PublicLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.links = links;
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

    /**
     * Writes to a listed member through Relais: they receive the message with the sender's name and address, and
     * answer if they wish; the sender never sees theirs.
     */
    @Transactional
    public void write(CurrentUser user, UUID siteId, UUID accountId, String message) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
        boolean listed =
                jdbc.sql("""
                        SELECT COUNT(*) FROM community_listing WHERE account_id = ? AND site_id = ? AND listed = TRUE""").params(accountId, siteId).query(Long.class).single() > 0;
        if (!listed || accountId.equals(user.accountId())) {
            throw new NotFoundException("listing");
        }
        String text = TypedText.text(message, MESSAGE_MAX, "community.directory.message");
        Instant now = clock.instant();
        long today = jdbc.sql("SELECT COUNT(*) FROM community_message WHERE sender_id = ? AND sent_at > ?")
                .params(user.accountId(), Instants.param(now.minus(Duration.ofDays(1))))
                .query(Long.class)
                .single();
        if (today >= MESSAGES_A_DAY) {
            throw DomainException.rule("community.directory.tooMany", MESSAGES_A_DAY);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO community_message (id, site_id, sender_id, recipient_id, sent_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, siteId, user.accountId(), accountId, Instants.param(now))
                .update();
        AccountSummary to = accounts.find(accountId).orElseThrow(() -> new NotFoundException("listing"));
        events.publishEvent(new EmailRequested(
                "directory:message:" + id,
                to.id(),
                to.email(),
                to.language(),
                "community/message",
                "community.mail.message.subject",
                new Object[] {user.displayName()},
                null,
                Map.of(
                        "recipientName", to.displayName(),
                        "senderName", user.displayName(),
                        "senderEmail", user.email(),
                        "message", text,
                        "link", links.to("/community/directory"))));
    }

    // ================================================================ local organisations

    /** Lists a local organisation, for the site's staff. */
    @Transactional
    public LocalOrganisation addOrganisation(
            CurrentUser user,
            UUID siteId,
            String name,
            OrganisationCategory category,
            String description,
            String contact) {
        staff(user, siteId);
        String n = TypedText.line(name, 120, "community.organisation.name");
        if (category == null) {
            throw DomainException.invalid("community.organisation.category");
        }
        String d = TypedText.optionalText(description, 500, "community.organisation.description");
        String c = TypedText.optionalLine(contact, 200, "community.organisation.contact");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO community_organisation (id, site_id, name, category, description, contact, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, siteId, n, category.name(), d, c, Instants.param(clock.instant()))
                .update();
        return new LocalOrganisation(id, n, category, d, c);
    }

    /** Takes a local organisation out of the directory. */
    @Transactional
    public void removeOrganisation(CurrentUser user, UUID organisationId) {
        UUID siteId = jdbc.sql("SELECT site_id FROM community_organisation WHERE id = ? AND removed_at IS NULL")
                .param(organisationId)
                .query(UUID.class)
                .optional()
                .filter(user::worksAt)
                .orElseThrow(() -> new NotFoundException("organisation"));
        jdbc.sql("UPDATE community_organisation SET removed_at = ? WHERE id = ? AND site_id = ?")
                .params(Instants.param(clock.instant()), organisationId, siteId)
                .update();
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

    private static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }
}
