package coop.relais.desk.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the parcel reminders every few minutes, on one instance at a time (ShedLock on the database). */
@Component
class ParcelReminderJob {

    private final ParcelReminders reminders;

    ParcelReminderJob(ParcelReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${relais.desk.parcel-reminders.cron:0 */10 * * * *}")
    @SchedulerLock(name = "desk-parcel-reminders", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
    public void run() {
        reminders.runOnce();
    }
}
