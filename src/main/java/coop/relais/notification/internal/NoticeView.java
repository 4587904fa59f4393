package coop.relais.notification.internal;

import java.time.Instant;
import java.util.UUID;

/** A notice as its reader sees it: the text already in their language. */
public record NoticeView(UUID id, String text, String link, String category, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
