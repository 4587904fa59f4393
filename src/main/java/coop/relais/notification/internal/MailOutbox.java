package coop.relais.notification.internal;

import coop.relais.notification.EmailRequested;
import coop.relais.notification.NotificationChannel;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.jdbc.Instants;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes requested e-mails to the outbox, synchronously, in the publisher's transaction: if that
 * transaction rolls back, no e-mail is ever sent; if it commits, the e-mail will be sent exactly once.
 * A message of a category the recipient opted out of (by e-mail) is not written at all. With no SMTP
 * server configured, messages are written as HELD: kept for the admin page, never sent on their own.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int MAX_SUBJECT = 300;

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;
    private final NotificationPreferences preferences;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final PublicLinks links;

    MailOutbox(
            JdbcClient jdbc,
            ITemplateEngine templates,
            MessageSource messages,
            Clock clock,
            NotificationPreferences preferences,
            ObjectProvider<JavaMailSender> mailSender,
            PublicLinks links) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
        this.preferences = preferences;
        this.mailSender = mailSender;
        this.links = links;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EmailRequested request) {
        long already = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?")
                .param(request.dedupKey())
                .query(Long.class)
                .single();
        if (already > 0) {
            log.debug("E-mail {} already in the outbox", request.dedupKey());
            return;
        }
        if (!preferences.wants(request.recipientAccountId(), request.category(), NotificationChannel.EMAIL)) {
            log.debug("E-mail {} not written: the recipient opted out of {}", request.dedupKey(), request.category());
            return;
        }
        Locale locale = Locale.forLanguageTag(request.language());
        Context context = new Context(locale);
        context.setVariable("baseUrl", links.base());
        context.setVariables(request.model());
        String subject = messages.getMessage(request.subjectKey(), request.subjectArguments(), locale);
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        context.setVariable("subject", subject);
        String html = templates.process("mail/" + request.template(), context);
        String text = templates.process("mail/" + request.template() + ".txt", context);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        OutboxStatus status = mailSender.getIfAvailable() == null ? OutboxStatus.HELD : OutboxStatus.PENDING;
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, dedup_key, recipient, subject, text_body, html_body, language, status, attempts,
                               created_at, next_attempt_at, attachment_name, attachment_type, attachment_text)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        request.dedupKey(),
                        request.recipientEmail(),
                        subject,
                        text,
                        html,
                        request.language(),
                        status.name(),
                        Instants.param(now),
                        Instants.param(now),
                        request.attachment() == null
                                ? null
                                : request.attachment().fileName(),
                        request.attachment() == null
                                ? null
                                : request.attachment().contentType(),
                        request.attachment() == null
                                ? null
                                : request.attachment().text())
                .update();
    }
}
