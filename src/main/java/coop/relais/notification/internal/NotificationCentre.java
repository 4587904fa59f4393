package coop.relais.notification.internal;

import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notices, and nobody else's: every method reads and writes only the caller's notices
 * (another person's notice id is "not found").
 */
@Service
@Transactional
public class NotificationCentre {

    public static final int MAX_PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(NotificationCentre.class);

    private final NoticeRepository notices;
    private final MessageSource messages;
    private final Clock clock;

    NotificationCentre(NoticeRepository notices, MessageSource messages, Clock clock) {
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NoticePage page(CurrentUser user, int page, int size, Locale locale) {
        ResultPage.Request request = new ResultPage.Request(page, Math.min(size, MAX_PAGE_SIZE));
        List<NoticeView> items = notices.page(user.accountId(), (int) request.offset(), request.size()).stream()
                .map(notice -> view(notice, locale))
                .toList();
        return new NoticePage(
                new ResultPage<>(items, request.page(), request.size(), notices.count(user.accountId())),
                notices.countUnread(user.accountId()));
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser user) {
        return notices.countUnread(user.accountId());
    }

    @Transactional(readOnly = true)
    public NoticeView find(CurrentUser user, UUID id, Locale locale) {
        return view(stored(user, id), locale);
    }

    /** Marks the caller's notice as read (no change if it already was) and returns it. */
    public NoticeView markRead(CurrentUser user, UUID id, Locale locale) {
        stored(user, id);
        notices.markRead(user.accountId(), id, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        return view(stored(user, id), locale);
    }

    /** Marks every unread notice of the caller as read; returns how many there were. */
    public int markAllRead(CurrentUser user) {
        return notices.markAllRead(user.accountId(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    private StoredNotice stored(CurrentUser user, UUID id) {
        return notices.find(user.accountId(), id).orElseThrow(() -> new NotFoundException("Notice"));
    }

    private NoticeView view(StoredNotice notice, Locale locale) {
        return new NoticeView(
                notice.id(),
                text(notice, locale),
                notice.link(),
                notice.category(),
                notice.createdAt(),
                notice.readAt());
    }

    /** The notice's text in the reader's language; never fails (falls back to the raw pattern or key). */
    private String text(StoredNotice notice, Locale locale) {
        Object[] arguments = notice.arguments().toArray();
        try {
            return messages.getMessage(notice.messageKey(), arguments, locale);
        } catch (RuntimeException e) {
            log.warn("Notice {} cannot be formatted with key {}: {}", notice.id(), notice.messageKey(), e.toString());
            return messages.getMessage(notice.messageKey(), null, notice.messageKey(), locale);
        }
    }
}
