package coop.relais.notification;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by any module, inside its own transaction, to send an e-mail. The notification module
 * renders {@code templates/mail/<template>.html} and {@code .txt} in the recipient's language and
 * writes the message to the outbox in that same transaction; the background sender sends it later.
 *
 * @param dedupKey one message per key, ever: a retried event never sends twice (e.g. {@code order:<id>:ready})
 * @param recipientAccountId the recipient's account when they have one (for opt-outs), else null
 * @param recipientEmail the address to write to
 * @param language {@code fr} or {@code en}
 * @param template template name under {@code templates/mail/}, e.g. {@code identity/invitation}
 * @param subjectKey message key of the subject line, formatted with {@code subjectArguments}
 * @param category opt-out category (e.g. {@code orders}); null for messages that cannot be opted out of
 * @param model values the template reads
 */
public record EmailRequested(
        String dedupKey,
        UUID recipientAccountId,
        String recipientEmail,
        String language,
        String template,
        String subjectKey,
        Object[] subjectArguments,
        String category,
        Map<String, Object> model) {

    public EmailRequested {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subjectKey, "subjectKey");
        language = language == null ? "fr" : language;
        subjectArguments = subjectArguments == null ? new Object[0] : subjectArguments;
        model = model == null ? Map.of() : Map.copyOf(model);
    }
}
