package coop.relais.notification.internal;

import java.time.Instant;
import java.util.UUID;

/** An e-mail as the outbox holds it. */
public record OutboxMessage(
        UUID id,
        String dedupKey,
        String recipient,
        String subject,
        String textBody,
        String htmlBody,
        String language,
        OutboxStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        coop.relais.notification.EmailRequested.Attachment attachment) {}
