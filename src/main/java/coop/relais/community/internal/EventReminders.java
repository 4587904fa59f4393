package coop.relais.community.internal;

import coop.relais.community.Events;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the reminders of tomorrow's events every ten minutes, on one node (ShedLock). */
@Component
class EventReminders {

    private final Events events;

    EventReminders(Events events) {
        this.events = events;
    }

    @Scheduled(cron = "${relais.community.reminder-cron:0 */10 * * * *}")
    @SchedulerLock(name = "community-event-reminders", lockAtMostFor = "PT9M", lockAtLeastFor = "PT10S")
    void run() {
        events.remind();
    }
}
