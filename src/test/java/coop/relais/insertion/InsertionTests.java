package coop.relais.insertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.desk.DeskJournal;
import coop.relais.desk.DeskWorkDone;
import coop.relais.desk.ParcelManagement;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.RegisterParcel;
import coop.relais.insertion.internal.InsertionRetention;
import coop.relais.notification.NotificationTestSupport;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.support.TestPeople;
import coop.relais.support.TestSites;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integration path's rules: evidence counted from real desk work, each piece once whatever the deliveries of
 * its event; a coach sees their people only; bad input refused with nothing written; the funders' figures on a
 * worked example; the erasure of personal details once the retention period has passed.
 */
@SpringBootTest
class InsertionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Insertion insertion;

    @Autowired
    Coaching coaching;

    @Autowired
    FundersReport report;

    @Autowired
    InsertionRetention retention;

    @Autowired
    coop.relais.insertion.internal.InsertionReminders reminders;

    @Autowired
    DeskJournal journal;

    @Autowired
    ParcelManagement parcels;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    CurrentUser coach() {
        UUID id = UUID.randomUUID();
        String email = "coach-" + id + "@people.test";
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
                        VALUES (?, ?, 'Coach Test', 'fr', 'x', TRUE, TRUE, ?)""").params(id, email, Instants.param(Instant.now())).update();
        jdbc.sql("INSERT INTO role_grant (id, account_id, role, granted_at) VALUES (?, ?, 'INSERTION_COACH', ?)")
                .params(UUID.randomUUID(), id, Instants.param(Instant.now()))
                .update();
        return new CurrentUser(id, email, "Coach Test", "fr", List.of(new RoleGrant(Role.INSERTION_COACH, null, null)));
    }

    private Coaching.NewContract contract(LocalDate start, LocalDate end, String hours) {
        return new Coaching.NewContract(
                ContractKind.ACI, start, end, new BigDecimal(hours), "Département", null, false);
    }

    private long evidence(UUID person, EvidenceKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM insertion_evidence WHERE person_id = ? AND kind = ?")
                .params(person, kind.name())
                .query(Long.class)
                .single();
    }

    private long awaitEvidence(UUID person, EvidenceKind kind, long expected) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> evidence(person, kind), n -> n >= expected);
    }

    @Test
    void realDeskWorkIsCountedOnceEachAsEvidenceOfSkills() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser concierge = TestPeople.create(jdbc, Role.CONCIERGE, site);
        CurrentUser colleague = TestPeople.create(jdbc, Role.CONCIERGE, site);
        CurrentUser member = TestPeople.create(jdbc, Role.MEMBER, site);
        CurrentUser coach = coach();
        LocalDate today = LocalDate.now(PARIS);
        Views.Person person = coaching.follow(coach, concierge.email(), contract(today, today.plusMonths(6), "26"));

        journal.open(concierge, site, Money.euros("50"), null);
        for (int i = 0; i < 3; i++) {
            parcels.register(
                    concierge,
                    new RegisterParcel(site, member.accountId(), "La Poste", null, ParcelSize.SMALL, "A" + i, false));
        }
        // A colleague's work is not the person's: it leaves no trace here.
        parcels.register(
                colleague,
                new RegisterParcel(site, member.accountId(), "La Poste", null, ParcelSize.SMALL, "B", false));
        journal.close(concierge, site, Money.euros("50"), null);

        assertThat(awaitEvidence(person.id(), EvidenceKind.PARCEL_REGISTERED, 3))
                .isEqualTo(3);
        assertThat(awaitEvidence(person.id(), EvidenceKind.DESK_OPENED, 1)).isEqualTo(1);
        assertThat(awaitEvidence(person.id(), EvidenceKind.DESK_CLOSED, 1)).isEqualTo(1);

        // The same work delivered again (a retried event) is not counted twice.
        UUID parcel = jdbc.sql(
                        "SELECT source_id FROM insertion_evidence WHERE person_id = ? AND kind = 'PARCEL_REGISTERED' LIMIT 1")
                .param(person.id())
                .query(UUID.class)
                .single();
        NotificationTestSupport.publish(
                new TransactionTemplate(transactionManager),
                events,
                new DeskWorkDone(
                        DeskWorkDone.Kind.PARCEL_REGISTERED, parcel, site, concierge.accountId(), Instant.now()));
        NotificationTestSupport.publish(
                new TransactionTemplate(transactionManager),
                events,
                new DeskWorkDone(
                        DeskWorkDone.Kind.PARCEL_REGISTERED,
                        UUID.randomUUID(),
                        site,
                        concierge.accountId(),
                        Instant.now()));
        assertThat(awaitEvidence(person.id(), EvidenceKind.PARCEL_REGISTERED, 4))
                .isEqualTo(4);

        // The skills record shows it: logistics waits for validation, with its evidence of the month.
        Views.SkillRecord logistics = insertion.skills(coach, person.id()).stream()
                .filter(s -> s.skill() == Skill.LOGISTICS)
                .findFirst()
                .orElseThrow();
        assertThat(logistics.waiting()).isTrue();
        assertThat(logistics.evidence())
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(EvidenceKind.PARCEL_REGISTERED))
                .anySatisfy(e -> assertThat(e.count()).isEqualTo(4));
        Views.SkillRecord validated = coaching.validate(coach, person.id(), Skill.LOGISTICS, 2);
        assertThat(validated.level()).isEqualTo(2);
        assertThat(validated.waiting()).isFalse();
        assertThat(validated.signedAs()).isEqualTo("Coach Test");
    }

    @Test
    void badInputIsRefusedAndAnotherCoachSeesNothing() {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser concierge = TestPeople.create(jdbc, Role.CONCIERGE, site);
        CurrentUser coach = coach();
        CurrentUser otherCoach = coach();
        LocalDate today = LocalDate.now(PARIS);
        Views.Person person =
                coaching.follow(coach, concierge.email(), contract(today.minusMonths(2), today.plusMonths(4), "26"));

        assertThatThrownBy(() -> coaching.follow(coach, concierge.email(), contract(today, today.plusMonths(1), "20")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(
                        () -> coaching.follow(coach, "nobody@nowhere.test", contract(today, today.plusMonths(1), "20")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> coaching.contract(coach, person.id(), contract(today, today.minusDays(1), "20")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> coaching.contract(coach, person.id(), contract(today, today.plusMonths(1), "40")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> coaching.validate(coach, person.id(), null, 2))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("insertion.skill.unknown");
        for (int level : new int[] {0, 5, -1}) {
            assertThatThrownBy(() -> coaching.validate(coach, person.id(), Skill.CASH, level))
                    .isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> coaching.exit(coach, person.id(), today.minusMonths(3), ExitOutcome.PERMANENT))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("insertion.exit.beforeStart");
        assertThatThrownBy(() -> coaching.targetJob(coach, person.id(), "12345", "Magasinier"))
                .isInstanceOf(DomainException.class);
        // Another coach, the concierge, a member: nothing to see or do.
        assertThatThrownBy(() -> insertion.record(otherCoach, person.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> coaching.validate(otherCoach, person.id(), Skill.CASH, 2))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insertion.record(concierge, person.id())).isInstanceOf(NotFoundException.class);
        assertThat(insertion.people(otherCoach)).extracting(Views.Person::id).doesNotContain(person.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insertion_validation WHERE person_id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT exit_on FROM insertion_person WHERE id = ?")
                        .param(person.id())
                        .query()
                        .singleRow()
                        .get("exit_on"))
                .isNull();
    }

    private Views.Person followed(CurrentUser coach, LocalDate start, LocalDate end, String hours) {
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser concierge = TestPeople.create(jdbc, Role.CONCIERGE, site);
        return coaching.follow(coach, concierge.email(), contract(start, end, hours));
    }

    @Test
    void theFundersFiguresOfAWorkedExample() {
        CurrentUser coach = coach();
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(), "admin@relais.test", "Admin", "fr", List.of(new RoleGrant(Role.ADMIN, null, null)));
        Views.Person a = followed(coach, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 6, 30), "26");
        Views.Person b = followed(coach, LocalDate.of(2001, 3, 1), LocalDate.of(2002, 2, 28), "35");
        Views.Person c = followed(coach, LocalDate.of(2000, 7, 1), LocalDate.of(2001, 2, 28), "20");
        coaching.exit(coach, a.id(), LocalDate.of(2001, 6, 30), ExitOutcome.QUALIFYING_TRAINING);
        coaching.exit(coach, c.id(), LocalDate.of(2001, 2, 28), ExitOutcome.PERMANENT);
        coaching.exit(coach, b.id(), LocalDate.of(2001, 12, 31), ExitOutcome.OTHER);

        FundersReport.Figures f = report.figures(admin, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31));
        assertThat(f.peopleFollowed()).isEqualTo(3);
        // 181 days at 26 h, 306 days at 35 h, 59 days at 20 h, a week being 7 days.
        assertThat(f.hoursWorked()).isEqualByComparingTo("2370.9");
        assertThat(f.exitsTotal()).isEqualTo(3);
        assertThat(f.exits()).containsEntry(ExitOutcome.PERMANENT, 1L).containsEntry(ExitOutcome.OTHER, 1L);
        assertThat(f.dynamicExits()).isEqualTo(2);
        assertThat(f.dynamicExitRate()).isEqualByComparingTo("66.7");

        assertThatThrownBy(() -> report.figures(coach, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> report.figures(admin, LocalDate.of(2001, 12, 31), LocalDate.of(2001, 1, 1)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void personalDetailsAreErasedOnceTheRetentionPeriodHasPassedAndTheCountsStay() {
        CurrentUser coach = coach();
        LocalDate today = LocalDate.now(PARIS);
        Views.Person person = followed(coach, today.minusMonths(10), today.plusMonths(2), "26");
        coaching.meeting(coach, person.id(), today.minusDays(3), true, "Bilan", "CV", "Privé");
        coaching.exit(coach, person.id(), today.minusDays(1), ExitOutcome.PERMANENT);

        retention.eraseDue(Instant.now());
        assertThat(insertion.record(coach, person.id()).person().displayName()).isNotEqualTo("-");

        // Two years and two days later.
        retention.eraseDue(Instant.now().plus(Duration.ofDays(2 * 365 + 3)));
        var row = jdbc.sql(
                        "SELECT account_id, display_name, coach_id, erased_at, exit_outcome FROM insertion_person WHERE id = ?")
                .param(person.id())
                .query()
                .singleRow();
        assertThat(row.get("account_id")).isNull();
        assertThat(row.get("display_name")).isEqualTo("-");
        assertThat(row.get("coach_id")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(row.get("exit_outcome")).isEqualTo("PERMANENT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insertion_meeting WHERE person_id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insertion_contract WHERE person_id = ?")
                        .param(person.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'INSERTION_DATA_ERASED' AND target = ?")
                        .param("insertion:" + person.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> insertion.record(coach, person.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePersonIsRemindedOfTomorrowsMeetingAndTheCoachOfAContractEndingOnce() {
        CurrentUser coach = coach();
        LocalDate today = LocalDate.now(PARIS);
        UUID site = TestSites.create(jdbc, "Europe/Paris");
        CurrentUser concierge = TestPeople.create(jdbc, Role.CONCIERGE, site);
        Views.Person person =
                coaching.follow(coach, concierge.email(), contract(today.minusMonths(5), today.plusDays(20), "26"));
        coaching.meeting(coach, person.id(), today.plusDays(1), false, null, null, null);

        reminders.remind();
        reminders.remind();
        assertThat(mails(concierge.email())).isEqualTo(1);
        assertThat(mails(coach.email())).isEqualTo(1);
    }

    private long mails(String to) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                .param(to)
                .query(Long.class)
                .single();
    }
}
