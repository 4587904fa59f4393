package coop.relais.community;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing to a listed neighbour through Relais: the message goes by e-mail with the sender's name and address (the
 * sender chose to write), the neighbour's address stays hidden; a few messages a day, so that the directory never
 * becomes a mailing list.
 */
@Service
public class DirectoryMessages {

    static final int MESSAGE_MAX = 1000;
    /** Messages a person may send through the directory in a day. */
    static final int MESSAGES_A_DAY = 10;

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;
    private final Clock clock;

    DirectoryMessages(
            JdbcClient jdbc,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            PublicLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Writes to a listed member through Relais: they receive the message with the sender's name and address, and
     * answer if they wish; the sender never sees theirs.
     */
    @Transactional
    public void write(CurrentUser user, UUID siteId, UUID accountId, String message) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
        boolean listed =
                jdbc.sql("""
                        SELECT COUNT(*) FROM community_listing WHERE account_id = ? AND site_id = ? AND listed = TRUE""").params(accountId, siteId).query(Long.class).single() > 0;
        if (!listed || accountId.equals(user.accountId())) {
            throw new NotFoundException("listing");
        }
        String text = TypedText.text(message, MESSAGE_MAX, "community.directory.message");
        Instant now = clock.instant();
        long today = jdbc.sql("SELECT COUNT(*) FROM community_message WHERE sender_id = ? AND sent_at > ?")
                .params(user.accountId(), Instants.param(now.minus(Duration.ofDays(1))))
                .query(Long.class)
                .single();
        if (today >= MESSAGES_A_DAY) {
            throw DomainException.rule("community.directory.tooMany", MESSAGES_A_DAY);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO community_message (id, site_id, sender_id, recipient_id, sent_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, siteId, user.accountId(), accountId, Instants.param(now))
                .update();
        AccountSummary to = accounts.find(accountId).orElseThrow(() -> new NotFoundException("listing"));
        events.publishEvent(new EmailRequested(
                "directory:message:" + id,
                to.id(),
                to.email(),
                to.language(),
                "community/message",
                "community.mail.message.subject",
                new Object[] {user.displayName()},
                null,
                Map.of(
                        "recipientName", to.displayName(),
                        "senderName", user.displayName(),
                        "senderEmail", user.email(),
                        "message", text,
                        "link", links.to("/community/directory"))));
    }
}
