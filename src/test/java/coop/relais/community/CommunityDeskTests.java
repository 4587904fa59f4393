package coop.relais.community;

import static coop.relais.shared.demo.DemoIds.CLIENT_HABITAT_GARONNE;
import static coop.relais.shared.demo.DemoIds.SITE_BASTIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.TestPeople;
import coop.relais.support.TestSites;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the staff do with community life: a report taken, sent once to a provider as an order of the site, a
 * duplicate merged and a report closed with a note the reporter reads (refusals change nothing); events proposed
 * by members and approved; attendance taken at the door and only then; the day-before reminder sent once;
 * announcements shown and e-mailed to the audience they name, and to no one else.
 */
@SpringBootTest
class CommunityDeskTests {

    static final UUID REPAIR_OFFER =
            UUID.nameUUIDFromBytes("offer-bastide-vehicle-repair".getBytes(StandardCharsets.UTF_8));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommonSpaces commonSpaces;

    @Autowired
    Events events;

    @Autowired
    EventDesk eventDesk;

    @Autowired
    EventNotices notices;

    @Autowired
    Announcements announcements;

    private Map<String, Object> row(UUID report) {
        return jdbc.sql(
                        "SELECT status, order_id, merged_into, closing_note, assigned_to FROM community_report WHERE id = ?")
                .param(report)
                .query()
                .singleRow();
    }

    @Test
    void aReportIsTakenSentOnceToAProviderMergedAndClosedAndRefusalsChangeNothing() {
        CurrentUser desk = TestPeople.create(jdbc, Role.CONCIERGE, SITE_BASTIDE);
        CurrentUser reporter = TestPeople.create(jdbc, Role.MEMBER, SITE_BASTIDE);
        CurrentUser second = TestPeople.create(jdbc, Role.MEMBER, SITE_BASTIDE);
        ReportView broken = commonSpaces.report(
                reporter, SITE_BASTIDE, ReportCategory.DAMAGE, "La porte du parking ne ferme plus.", "Parking", null);
        ReportView same = commonSpaces.report(
                second, SITE_BASTIDE, ReportCategory.DAMAGE, "Porte du parking cassée.", "Parking, porte", null);

        // A member may neither take nor send a report; another site's desk does not see it.
        assertThatThrownBy(() -> commonSpaces.assign(reporter, broken.id())).isInstanceOf(NotFoundException.class);
        CurrentUser otherDesk = TestPeople.create(jdbc, Role.CONCIERGE, TestSites.create(jdbc, "Europe/Paris"));
        assertThatThrownBy(() -> commonSpaces.dispatch(otherDesk, broken.id(), REPAIR_OFFER, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(row(broken.id())).containsEntry("status", "OPEN");

        assertThat(commonSpaces.assign(desk, broken.id()).status()).isEqualTo(ReportStatus.ASSIGNED);
        // An offer the members pay is refused: the site's owner pays for its common spaces.
        UUID memberOffer = jdbc.sql("SELECT id FROM catalogue_offer WHERE site_id = ? AND id <> ? LIMIT 1")
                .params(SITE_BASTIDE, REPAIR_OFFER)
                .query(UUID.class)
                .single();
        assertThatThrownBy(() -> commonSpaces.dispatch(desk, broken.id(), memberOffer, null))
                .isInstanceOf(DomainException.class);
        assertThat(row(broken.id()).get("order_id")).isNull();

        ReportView sent =
                commonSpaces.dispatch(desk, broken.id(), REPAIR_OFFER, "Badge d'accès au local : à l'accueil");
        assertThat(sent.status()).isEqualTo(ReportStatus.DISPATCHED);
        assertThat(sent.orderReference()).startsWith("CMD-");
        assertThat(jdbc.sql("SELECT note FROM customer_order WHERE id = ?")
                        .param(sent.orderId())
                        .query(String.class)
                        .single())
                .contains("Parking", "ne ferme plus", "Badge");
        assertThatThrownBy(() -> commonSpaces.dispatch(desk, broken.id(), REPAIR_OFFER, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("community.report.dispatched");

        // The same problem reported twice: merged into the first; its reporter follows that one.
        assertThatThrownBy(() -> commonSpaces.merge(desk, same.id(), same.id())).isInstanceOf(DomainException.class);
        assertThat(commonSpaces.merge(desk, same.id(), broken.id()).status()).isEqualTo(ReportStatus.MERGED);
        assertThat(commonSpaces
                        .findMergedInto(second, commonSpaces.find(second, same.id()))
                        .id())
                .isEqualTo(broken.id());

        // Closing needs a note, which the reporter reads; a closed report stays closed.
        assertThatThrownBy(() -> commonSpaces.close(desk, broken.id(), "  ")).isInstanceOf(DomainException.class);
        assertThat(row(broken.id())).containsEntry("status", "DISPATCHED");
        commonSpaces.close(desk, broken.id(), "Serrure changée par le garage.");
        assertThat(commonSpaces.mine(reporter).get(0).closingNote()).isEqualTo("Serrure changée par le garage.");
        assertThatThrownBy(() -> commonSpaces.close(desk, broken.id(), "Encore"))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = ?")
                        .param(reporter.accountId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aMembersProposalWaitsForTheStaffAndOnlyThenOpens() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser desk = TestPeople.create(jdbc, Role.SITE_MANAGER, site);
        CurrentUser proposer = TestPeople.create(jdbc, Role.MEMBER, site);
        CurrentUser other = TestPeople.create(jdbc, Role.MEMBER, site);
        EventDesk.NewEvent typed = new EventDesk.NewEvent(
                "Pique-nique",
                null,
                "Square",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5),
                LocalTime.of(12, 0),
                LocalTime.of(14, 0),
                30);
        assertThatThrownBy(() -> eventDesk.create(proposer, site, typed)).isInstanceOf(NotFoundException.class);
        jdbc.sql("INSERT INTO community_settings (site_id, members_propose) VALUES (?, TRUE)")
                .param(site)
                .update();
        EventView proposed = eventDesk.create(proposer, site, typed);
        assertThat(proposed.status()).isEqualTo(EventStatus.PROPOSED);
        assertThat(events.upcoming(other, site)).extracting(EventView::id).doesNotContain(proposed.id());
        assertThat(events.upcoming(proposer, site)).extracting(EventView::id).contains(proposed.id());
        assertThatThrownBy(() -> events.register(proposer, proposed.id(), false))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> eventDesk.decide(other, proposed.id(), true)).isInstanceOf(NotFoundException.class);

        eventDesk.decide(desk, proposed.id(), true);
        assertThat(events.upcoming(other, site)).extracting(EventView::id).contains(proposed.id());
        assertThat(events.register(other, proposed.id(), true).registration().status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> eventDesk.decide(desk, proposed.id(), false)).isInstanceOf(DomainException.class);
    }

    private UUID eventAt(UUID site, UUID by, Instant start) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO community_event (id, site_id, title, place, starts_at, ends_at, capacity, status,
                                                     proposed_by, created_at)
                        VALUES (?, ?, 'Goûter', 'Salle', ?, ?, 10, 'PUBLISHED', ?, ?)""")
                .params(
                        id,
                        site,
                        Instants.param(start),
                        Instants.param(start.plus(Duration.ofHours(2))),
                        by,
                        Instants.param(start.minus(Duration.ofDays(10))))
                .update();
        return id;
    }

    private UUID seat(UUID event, UUID account, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO community_registration (id, event_id, account_id, status, seq, registered_at)
                        VALUES (?, ?, ?, 'REGISTERED', 1, ?)""").params(id, event, account, Instants.param(at)).update();
        jdbc.sql("UPDATE community_event SET registered = registered + 1, last_seq = last_seq + 1 WHERE id = ?")
                .param(event)
                .update();
        return id;
    }

    @Test
    void attendanceIsTakenAtTheDoorAndTheReminderGoesOnceTheDayBefore() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser desk = TestPeople.create(jdbc, Role.CONCIERGE, site);
        CurrentUser member = TestPeople.create(jdbc, Role.MEMBER, site);
        Instant now = Instant.now();

        UUID started = eventAt(site, desk.accountId(), now.minus(Duration.ofMinutes(30)));
        UUID present = seat(started, member.accountId(), now.minus(Duration.ofDays(3)));
        eventDesk.attendance(desk, started, present, true);
        assertThat(events.attendees(desk, started).get(0).attended()).isTrue();
        assertThatThrownBy(() -> eventDesk.attendance(member, started, present, false))
                .isInstanceOf(NotFoundException.class);

        UUID later = eventAt(site, desk.accountId(), now.plus(Duration.ofHours(20)));
        UUID seat = seat(later, member.accountId(), now.minus(Duration.ofDays(2)));
        assertThatThrownBy(() -> eventDesk.attendance(desk, later, seat, true))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("community.attendance.tooEarly");

        notices.remind();
        notices.remind();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?")
                        .params(member.email(), "%Goûter%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anAnnouncementReachesTheAudienceItNamesAndNoOneElse() {
        UUID company = CLIENT_HABITAT_GARONNE;
        CurrentUser desk = TestPeople.create(jdbc, Role.CONCIERGE, SITE_BASTIDE);
        CurrentUser resident = TestPeople.create(jdbc, Role.MEMBER, SITE_BASTIDE);
        CurrentUser employee = employee(company);
        String title = "Réunion " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        AnnouncementView forCompany = announcements.publish(
                desk,
                SITE_BASTIDE,
                new Announcements.NewAnnouncement(
                        title, "Salle B, 18 h.", Audience.COMPANY, company, today.plusDays(3), true));
        assertThat(titles(employee)).contains(title);
        assertThat(titles(resident)).doesNotContain(title);
        assertThat(mails(employee, title)).isEqualTo(1);
        assertThat(mails(resident, title)).isZero();

        String forResidents = title + " habitants";
        announcements.publish(
                desk,
                SITE_BASTIDE,
                new Announcements.NewAnnouncement(forResidents, "Texte", Audience.RESIDENTS, null, null, false));
        assertThat(titles(resident)).contains(forResidents);
        assertThat(titles(employee)).doesNotContain(forResidents);
        assertThat(mails(resident, forResidents)).isZero();

        announcements.withdraw(desk, forCompany.id());
        assertThat(titles(employee)).doesNotContain(title);

        // Refused: a company that is not a client of the site, a date past, a member publishing.
        assertThatThrownBy(() -> announcements.publish(
                        desk,
                        SITE_BASTIDE,
                        new Announcements.NewAnnouncement("x", "y", Audience.COMPANY, UUID.randomUUID(), null, false)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> announcements.publish(
                        desk,
                        SITE_BASTIDE,
                        new Announcements.NewAnnouncement(
                                "x", "y", Audience.EVERYONE, null, today.minusDays(1), false)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> announcements.publish(
                        resident,
                        SITE_BASTIDE,
                        new Announcements.NewAnnouncement("x", "y", Audience.EVERYONE, null, null, false)))
                .isInstanceOf(NotFoundException.class);
        // Another site's people see none of it.
        CurrentUser elsewhere = TestPeople.create(jdbc, Role.MEMBER, TestSites.create(jdbc, "Europe/Paris"));
        assertThat(announcements.current(elsewhere, SITE_BASTIDE)).isEmpty();
    }

    private List<String> titles(CurrentUser user) {
        return announcements.current(user, SITE_BASTIDE).stream()
                .map(AnnouncementView::title)
                .toList();
    }

    private long mails(CurrentUser user, String title) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?")
                .params(user.email(), "%" + title)
                .query(Long.class)
                .single();
    }

    private CurrentUser employee(UUID company) {
        UUID id = UUID.randomUUID();
        String email = "salarie-" + id + "@people.test";
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, 'Salariée', 'fr', 'x', TRUE, TRUE, ?)""").params(id, email, Instants.param(Instant.now())).update();
        jdbc.sql("""
                        INSERT INTO role_grant (id, account_id, role, site_id, organisation_id, granted_at)
                        VALUES (?, ?, 'MEMBER', ?, ?, ?)""")
                .params(UUID.randomUUID(), id, SITE_BASTIDE, company, Instants.param(Instant.now()))
                .update();
        return new CurrentUser(id, email, "Salariée", "fr", List.of(new RoleGrant(Role.MEMBER, SITE_BASTIDE, company)));
    }
}
