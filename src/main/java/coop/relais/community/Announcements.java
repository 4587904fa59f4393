package coop.relais.community;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.SiteMember;
import coop.relais.notification.EmailRequested;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a site says to its people: the staff publish an announcement to everyone, to the residents or to one
 * client company's staff; it shows on their home pages until its last day and, if asked, goes out by e-mail
 * once to each of them (opting out of the category stops it).
 */
@Service
public class Announcements {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 2000;
    /** The longest an announcement stays on home pages. */
    static final int LONGEST_DAYS = 92;

    private static final String SELECT = """
            SELECT n.id, n.site_id, n.title, n.body, n.audience, n.organisation_id, o.legal_name, n.emailed, a.display_name,
                   n.published_at, n.shown_until, n.withdrawn_at
            FROM community_announcement n JOIN account a ON a.id = n.published_by
            LEFT JOIN client_organisation o ON o.id = n.organisation_id
            """;

    private final JdbcClient jdbc;
    private final SiteDirectory sites;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final Clock clock;

    Announcements(
            JdbcClient jdbc,
            SiteDirectory sites,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            PublicLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.accounts = accounts;
        this.events = events;
        this.links = links;
        this.clock = clock;
    }

    /** What is typed to publish an announcement. */
    public record NewAnnouncement(
            String title, String body, Audience audience, UUID organisationId, LocalDate shownUntil, boolean email) {}

    /** Publishes an announcement; with {@code email}, each person it speaks to gets it by e-mail once. */
    @Transactional
    public AnnouncementView publish(CurrentUser user, UUID siteId, NewAnnouncement typed) {
        staff(user, siteId);
        String title = TypedText.line(typed.title(), TITLE_MAX, "community.announcement.title");
        String body = TypedText.text(typed.body(), BODY_MAX, "community.announcement.body");
        if (typed.audience() == null) {
            throw DomainException.invalid("community.announcement.audience");
        }
        UUID organisation = typed.audience() == Audience.COMPANY ? typed.organisationId() : null;
        if (typed.audience() == Audience.COMPANY
                && (organisation == null
                        || sites.clientsOfSite(siteId).stream().noneMatch(c -> c.id().equals(organisation)))) {
            throw DomainException.invalid("community.announcement.company");
        }
        LocalDate today = LocalDate.now(clock.withZone(sites.zoneOf(siteId)));
        LocalDate until = typed.shownUntil() == null ? today.plusDays(14) : typed.shownUntil();
        if (until.isBefore(today) || until.isAfter(today.plusDays(LONGEST_DAYS))) {
            throw DomainException.invalid("community.announcement.until", LONGEST_DAYS);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO community_announcement (id, site_id, title, body, audience, organisation_id, emailed,
                                                            published_by, published_at, shown_until)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        siteId,
                        title,
                        body,
                        typed.audience().name(),
                        organisation,
                        typed.email(),
                        user.accountId(),
                        Instants.param(clock.instant()),
                        until)
                .update();
        AnnouncementView published = find(id).orElseThrow();
        if (typed.email()) {
            String siteName = sites.find(siteId).map(s -> s.name()).orElse("");
            for (SiteMember member : accounts.membersAt(siteId)) {
                if (speaksTo(published, member.employerId())) {
                    events.publishEvent(new EmailRequested(
                            "announcement:" + id + ":" + member.account().id(),
                            member.account().id(),
                            member.account().email(),
                            member.account().language(),
                            "community/announcement",
                            "community.mail.announcement.subject",
                            new Object[] {siteName, title},
                            Events.CATEGORY,
                            Map.of(
                                    "recipientName", member.account().displayName(),
                                    "title", title,
                                    "body", body,
                                    "siteName", siteName,
                                    "link", links.to("/"))));
                }
            }
        }
        return published;
    }

    /** Takes an announcement off the home pages (what was e-mailed stays sent). */
    @Transactional
    public void withdraw(CurrentUser user, UUID announcementId) {
        AnnouncementView announcement = find(announcementId)
                .filter(a -> user.worksAt(a.siteId()))
                .orElseThrow(() -> new NotFoundException("announcement"));
        jdbc.sql("UPDATE community_announcement SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL")
                .params(Instants.param(clock.instant()), announcement.id())
                .update();
    }

    /** The site's announcements, for its staff: the latest first. */
    @Transactional(readOnly = true)
    public List<AnnouncementView> ofSite(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return jdbc.sql(SELECT + " WHERE n.site_id = ? ORDER BY n.published_at DESC, n.id LIMIT 100")
                .param(siteId)
                .query(Announcements::view)
                .list();
    }

    /** What is shown today to this person at the site: the announcements that speak to them, the latest first. */
    @Transactional(readOnly = true)
    public List<AnnouncementView> current(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.belongsTo(siteId)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(sites.zoneOf(siteId)));
        List<AnnouncementView> shown = jdbc.sql(
                        SELECT + " WHERE n.site_id = ? AND n.shown_until >= ? AND n.withdrawn_at IS NULL"
                                + " ORDER BY n.published_at DESC, n.id LIMIT 20")
                .params(siteId, today)
                .query(Announcements::view)
                .list();
        if (user.worksAt(siteId)) {
            return shown;
        }
        UUID employer = accounts.employerOf(user.accountId(), siteId).orElse(null);
        return shown.stream().filter(a -> speaksTo(a, employer)).toList();
    }

    /** The site's client companies an announcement may speak to. */
    public List<ClientOrganisationView> companies(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return sites.clientsOfSite(siteId);
    }

    private static boolean speaksTo(AnnouncementView announcement, UUID employer) {
        return switch (announcement.audience()) {
            case EVERYONE -> true;
            case RESIDENTS -> employer == null;
            case COMPANY -> announcement.organisationId().equals(employer);
        };
    }

    private Optional<AnnouncementView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE n.id = ?")
                .param(id)
                .query(Announcements::view)
                .optional();
    }

    private static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }

    private static AnnouncementView view(ResultSet rs, int n) throws SQLException {
        return new AnnouncementView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                Audience.valueOf(rs.getString(5)),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getString(9),
                Instants.read(rs, 10),
                rs.getObject(11, LocalDate.class),
                rs.getObject(12) != null);
    }
}
