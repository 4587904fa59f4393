package coop.relais.notification.internal;

import coop.relais.notification.EmailRequested;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes requested e-mails to the outbox, synchronously, in the publisher's transaction: if that
 * transaction rolls back, no e-mail is ever sent; if it commits, the e-mail will be sent exactly once.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
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
        Locale locale = Locale.forLanguageTag(request.language());
        Context context = new Context(locale);
        context.setVariables(request.model());
        String subject = messages.getMessage(request.subjectKey(), request.subjectArguments(), locale);
        context.setVariable("subject", subject);
        String html = templates.process("mail/" + request.template(), context);
        String text = templates.process("mail/" + request.template() + ".txt", context);
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, dedup_key, recipient, subject, text_body, html_body, language, status, attempts, created_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        request.dedupKey(),
                        request.recipientEmail(),
                        subject,
                        text,
                        html,
                        request.language(),
                        now,
                        now)
                .update();
    }
}
