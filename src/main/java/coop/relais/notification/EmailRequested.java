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
 * @param attachment a text file sent with the e-mail (a booking's {@code .ics}), or null
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
        Map<String, Object> model,
        Attachment attachment) {

    /** A text file attached to the e-mail, e.g. {@code reservation.ics} as {@code text/calendar}. */
    public record Attachment(String fileName, String contentType, String text) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(text, "text");
        }
    }

    /** An e-mail without attachment. */
    public EmailRequested(
            String dedupKey,
            UUID recipientAccountId,
            String recipientEmail,
            String language,
            String template,
            String subjectKey,
            Object[] subjectArguments,
            String category,
            Map<String, Object> model) {
        this(
                dedupKey,
                recipientAccountId,
                recipientEmail,
                language,
                template,
                subjectKey,
                subjectArguments,
                category,
                model,
                null);
    }

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
