package coop.relais.notification.internal;

import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the operator's admins see it: every e-mail Relais wrote, its status, its text and
 * HTML bodies, and "resend" for the ones that failed (or were held for want of an SMTP server).
 */
@Service
@Transactional
public class OutboxAdministration {

    public static final int PAGE_SIZE = 25;

    private static final Logger log = LoggerFactory.getLogger(OutboxAdministration.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    OutboxAdministration(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured (otherwise messages are HELD and read on the admin page). */
    public boolean smtpConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    public ResultPage<OutboxMessage> page(CurrentUser admin, OutboxStatus status, String recipient, int page) {
        requireAdmin(admin);
        ResultPage.Request request = new ResultPage.Request(page, PAGE_SIZE);
        String search = recipient == null || recipient.isBlank() ? null : recipient.strip();
        if (search != null && search.length() > 254) {
            search = search.substring(0, 254);
        }
        return new ResultPage<>(
                outbox.page(status, search, (int) request.offset(), request.size()),
                request.page(),
                request.size(),
                outbox.count(status, search));
    }

    @Transactional(readOnly = true)
    public OutboxMessage message(CurrentUser admin, UUID id) {
        requireAdmin(admin);
        return outbox.find(id).orElseThrow(() -> new NotFoundException("E-mail"));
    }

    /** Whether the admin may resend this message now. */
    public boolean canResend(OutboxMessage message) {
        return resendableStatuses().contains(message.status());
    }

    /**
     * Puts a FAILED or HELD message back in the queue, due now, with a fresh count of attempts. Only
     * with an SMTP server configured: without one nothing would send it.
     */
    public void resend(CurrentUser admin, UUID id) {
        OutboxMessage message = message(admin, id);
        if (!outbox.resend(id, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), resendableStatuses())) {
            throw new DomainException("notification.outbox.resend.refused");
        }
        log.info("E-mail {} to {} queued again by {}", id, message.recipient(), admin.email());
    }

    private List<OutboxStatus> resendableStatuses() {
        return smtpConfigured() ? List.of(OutboxStatus.FAILED, OutboxStatus.HELD) : List.of();
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new AccessDeniedException("The outbox is for admins");
        }
    }
}
