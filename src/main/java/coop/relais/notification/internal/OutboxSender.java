package coop.relais.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due e-mails of the outbox over SMTP, a small batch at a time, never one twice: each
 * message is claimed (PENDING → SENDING, a committed conditional update) before it is handed to the
 * SMTP server, then marked SENT. A failure puts it back to PENDING for a later attempt (1, 2, 4…
 * minutes, at most an hour apart) until it has failed {@code relais.mail.max-attempts} times
 * (FAILED). A message still SENDING after {@link #INTERRUPTED_AFTER} was interrupted mid-send (the
 * node stopped): it is marked FAILED for an admin to look at and resend, never resent silently,
 * since it may have gone out.
 *
 * <p>With no SMTP server configured ({@code spring.mail.host} unset) this sender does nothing and
 * the outbox keeps new messages as HELD (see {@link MailOutbox}).
 */
@Component
public class OutboxSender {

    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(10);
    static final String INTERRUPTED = "Interrupted while sending (no confirmation from the SMTP server within 10"
            + " minutes): it may or may not have been delivered.";
    private static final int MAX_ERROR_LENGTH = 300;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final String from;
    private final int batchSize;

    OutboxSender(
            OutboxRepository outbox,
            ObjectProvider<JavaMailSender> mailSender,
            Clock clock,
            @Value("${relais.mail.from:Relais <ne-pas-repondre@relais.test>}") String from,
            @Value("${relais.mail.batch-size:20}") int batchSize,
            @Value("${relais.mail.max-attempts:8}") int maxAttempts) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.batchSize = Math.max(1, batchSize);
        this.backoff = new RetryBackoff(maxAttempts);
    }

    @Scheduled(
            fixedDelayString = "${relais.mail.poll-interval:5s}",
            initialDelayString = "${relais.mail.poll-interval:5s}")
    @SchedulerLock(name = "mail-outbox-sender", lockAtMostFor = "PT5M")
    public void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("The e-mail sender stopped on an unexpected error; it will try again", e);
        }
    }

    /**
     * Sends one batch of due messages now. Returns how many were accepted by the SMTP server (0 when
     * no SMTP server is configured).
     */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int interrupted = outbox.failInterrupted(now.minus(INTERRUPTED_AFTER), INTERRUPTED);
        if (interrupted > 0) {
            log.warn(
                    "{} e-mail(s) were interrupted while sending and are now FAILED, for an admin to resend",
                    interrupted);
        }
        int sent = 0;
        for (UUID id : outbox.dueIds(now, batchSize)) {
            if (!outbox.claim(id, now)) {
                continue;
            }
            OutboxMessage message = outbox.find(id).orElseThrow();
            if (send(sender, message)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxMessage message) {
        int attempts = message.attempts();
        try {
            sender.send(mime(sender, message));
        } catch (MailParseException | MailPreparationException e) {
            // The message itself is wrong (e.g. an invalid address): trying again will not help.
            outbox.markFailed(message.id(), describe(e));
            log.warn("E-mail {} cannot be sent: {}", message.id(), describe(e));
            return false;
        } catch (RuntimeException e) {
            Instant failedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            var next = backoff.nextAttempt(attempts, failedAt);
            if (next.isPresent()) {
                outbox.retryLater(message.id(), next.get(), describe(e));
                log.info(
                        "E-mail {} not sent (attempt {}), next attempt at {}: {}",
                        message.id(),
                        attempts,
                        next.get(),
                        describe(e));
            } else {
                outbox.markFailed(message.id(), describe(e));
                log.warn("E-mail {} not sent after {} attempts, now FAILED: {}", message.id(), attempts, describe(e));
            }
            return false;
        }
        if (!outbox.markSent(message.id(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS))) {
            log.warn("E-mail {} was sent but had already left the SENDING state", message.id());
        }
        return true;
    }

    private MimeMessage mime(JavaMailSender sender, OutboxMessage message) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(
                    mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from, true));
            helper.setTo(new InternetAddress(message.recipient(), true));
            helper.setSubject(message.subject());
            helper.setSentDate(Date.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
            helper.setText(message.textBody(), message.htmlBody());
            if (message.attachment() != null) {
                helper.addAttachment(
                        message.attachment().fileName(),
                        new ByteArrayResource(message.attachment().text().getBytes(StandardCharsets.UTF_8)),
                        message.attachment().contentType());
            }
            mime.setHeader("Content-Language", message.language());
            mime.setHeader("Auto-Submitted", "auto-generated");
        } catch (AddressException e) {
            throw new MailParseException(e);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return mime;
    }

    /** A short, single-line reason for the admin page: no stack trace. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = error.getClass().getSimpleName();
        String detail = root.getMessage() == null
                ? null
                : root.getMessage().replaceAll("\\s+", " ").trim();
        if (root != error) {
            text += " (" + root.getClass().getSimpleName() + ")";
        }
        if (detail != null && !detail.isEmpty()) {
            text += ": " + detail;
        }
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
