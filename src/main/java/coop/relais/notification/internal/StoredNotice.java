package coop.relais.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notice as stored: its text is still a message key and arguments. */
record StoredNotice(
        UUID id,
        UUID accountId,
        String messageKey,
        List<Object> arguments,
        String link,
        String category,
        Instant createdAt,
        Instant readAt) {}
