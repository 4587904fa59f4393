package coop.relais.notification.internal;

import coop.relais.notification.NoticeRequested;
import coop.relais.notification.NotificationChannel;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes requested notices into the person's notification centre, synchronously, in the publisher's
 * transaction (a rolled-back action leaves no notice). One notice per dedup key, ever; nothing for a
 * category the person opted out of in the app.
 */
@Component
public class NoticeInbox {

    private static final Logger log = LoggerFactory.getLogger(NoticeInbox.class);
    static final int MAX_LINK = 500;

    private final NoticeRepository notices;
    private final NotificationPreferences preferences;
    private final Clock clock;

    NoticeInbox(NoticeRepository notices, NotificationPreferences preferences, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(NoticeRequested request) {
        if (notices.existsByDedupKey(request.dedupKey())) {
            log.debug("Notice {} already written", request.dedupKey());
            return;
        }
        if (!preferences.wants(request.accountId(), request.category(), NotificationChannel.IN_APP)) {
            log.debug("Notice {} not written: the person opted out of {}", request.dedupKey(), request.category());
            return;
        }
        notices.insert(
                UUID.randomUUID(),
                request.accountId(),
                request.dedupKey(),
                request.messageKey(),
                NoticeArguments.write(request.arguments()),
                safeLink(request.link()),
                request.category(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    /** Only a path inside Relais ({@code /orders/…}); anything else (another site, a script) is dropped. */
    static String safeLink(String link) {
        if (link == null
                || link.length() > MAX_LINK
                || !link.startsWith("/")
                || link.startsWith("//")
                || link.startsWith("/\\")
                || link.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            if (link != null) {
                log.warn(
                        "Notice link dropped, not a path inside Relais: {}",
                        link.length() > 80 ? link.substring(0, 80) : link);
            }
            return null;
        }
        return link;
    }
}
