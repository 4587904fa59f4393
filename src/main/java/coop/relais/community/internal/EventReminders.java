package coop.relais.community.internal;

import coop.relais.community.EventNotices;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the reminders of tomorrow's events every ten minutes, on one node (ShedLock). */
@Component
class EventReminders {

    private final EventNotices notices;

    EventReminders(EventNotices notices) {
        this.notices = notices;
    }

    @Scheduled(cron = "${relais.community.reminder-cron:0 */10 * * * *}")
    @SchedulerLock(name = "community-event-reminders", lockAtMostFor = "PT9M", lockAtLeastFor = "PT10S")
    void run() {
        notices.remind();
    }
}
