package coop.relais.billing.internal;

import coop.relais.desk.DeskClosed;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Seals the desk's payments when the desk closes for the day (once per closing). */
@Component
class DaySealing {

    private final DeskSeals seals;
    private final Clock clock;

    DaySealing(DeskSeals seals, Clock clock) {
        this.seals = seals;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DeskClosed closed) {
        seals.seal(closed.siteId(), closed.closingEntryId(), closed.businessDate(), closed.closedAt(), clock.instant());
    }
}
