package coop.relais.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * Published by any module to put a notice in a person's in-app notification centre.
 *
 * @param dedupKey one notice per key, ever
 * @param accountId who sees it
 * @param messageKey key of the notice text, formatted with {@code arguments} in the reader's language
 * @param link where the notice leads (a path inside Relais), or null
 * @param category opt-out category, or null
 */
public record NoticeRequested(
        String dedupKey, UUID accountId, String messageKey, Object[] arguments, String link, String category) {

    public NoticeRequested {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments;
    }
}
