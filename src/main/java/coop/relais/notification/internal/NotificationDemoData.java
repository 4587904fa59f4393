package coop.relais.notification.internal;

import coop.relais.notification.NoticeRequested;
import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.demo.DemoIds;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A welcome notice for the demo members, so that their notification centre is not empty. */
@Component
class NotificationDemoData implements DemoDataContributor {

    private final ApplicationEventPublisher events;

    NotificationDemoData(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        for (UUID member : new UUID[] {DemoIds.ACCOUNT_HABITANT, DemoIds.ACCOUNT_SALARIE}) {
            events.publishEvent(new NoticeRequested(
                    "demo:welcome:" + member,
                    member,
                    "notification.notice.welcome",
                    null,
                    "/notifications/preferences",
                    null));
        }
    }
}
