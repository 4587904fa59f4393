package coop.relais.insertion.internal;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.Zones;
import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails of the integration path: the person is reminded the day before a planned meeting (its date only,
 * nothing of the record), and the coach is told a month before a contract ends. Each once (a conditional update),
 * every hour on one node.
 */
@Component
public class InsertionReminders {

    /** How long before its end a contract is signalled to the coach. */
    static final int CONTRACT_NOTICE_DAYS = 30;

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final Clock clock;

    InsertionReminders(
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

    @Scheduled(cron = "${relais.insertion.reminder-cron:0 5 * * * *}")
    @SchedulerLock(name = "insertion-reminders", lockAtMostFor = "PT50M", lockAtLeastFor = "PT1M")
    void hourly() {
        remind();
    }

    private record Due(UUID id, UUID accountId, LocalDate on, String name) {}

    /** Sends what is due now; returns how many e-mails. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.DEFAULT);
        int sent = 0;
        List<Due> meetings = jdbc.sql("""
                        SELECT m.id, p.account_id, m.on_date, p.display_name FROM insertion_meeting m
                        JOIN insertion_person p ON p.id = m.person_id
                        WHERE m.held = FALSE AND m.reminded_at IS NULL AND m.on_date = ? AND p.account_id IS NOT NULL""")
                .param(today.plusDays(1))
                .query(InsertionReminders::due)
                .list();
        for (Due meeting : meetings) {
            if (marked("insertion_meeting", "reminded_at", meeting.id(), now)) {
                sent += mail(
                        meeting.accountId(),
                        "meeting-reminder",
                        "insertion.mail.meeting.subject",
                        meeting,
                        "/insertion/me");
            }
        }
        List<Due> contracts = jdbc.sql("""
                        SELECT k.id, p.coach_id, k.ends_on, p.display_name FROM insertion_contract k
                        JOIN insertion_person p ON p.id = k.person_id
                        WHERE k.alerted_at IS NULL AND p.exit_on IS NULL AND p.coach_id IS NOT NULL
                          AND k.ends_on >= ? AND k.ends_on <= ?""")
                .params(today, today.plusDays(CONTRACT_NOTICE_DAYS))
                .query(InsertionReminders::due)
                .list();
        for (Due contract : contracts) {
            if (marked("insertion_contract", "alerted_at", contract.id(), now)) {
                sent += mail(
                        contract.accountId(),
                        "contract-ending",
                        "insertion.mail.contract.subject",
                        contract,
                        "/insertion");
            }
        }
        return sent;
    }

    private static Due due(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Due(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, LocalDate.class),
                rs.getString(4));
    }

    private boolean marked(String table, String column, UUID id, Instant now) {
        return jdbc.sql("UPDATE " + table + " SET " + column + " = ? WHERE id = ? AND " + column + " IS NULL")
                        .params(Instants.param(now), id)
                        .update()
                == 1;
    }

    private int mail(UUID accountId, String template, String subjectKey, Due due, String path) {
        AccountSummary to = accounts.find(accountId).orElse(null);
        if (to == null) {
            return 0;
        }
        Locale locale = "en".equals(to.language()) ? Locale.ENGLISH : Locale.FRENCH;
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(due.on());
        events.publishEvent(new EmailRequested(
                "insertion:" + template + ":" + due.id(),
                to.id(),
                to.email(),
                to.language(),
                "insertion/" + template,
                subjectKey,
                new Object[] {day},
                null,
                Map.of(
                        "recipientName",
                        to.displayName(),
                        "personName",
                        due.name(),
                        "day",
                        day,
                        "link",
                        links.to(path))));
        return 1;
    }
}
