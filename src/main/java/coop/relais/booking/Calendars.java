package coop.relais.booking;

import coop.relais.booking.internal.BookingCalendar;
import coop.relais.booking.internal.BookingMail;
import coop.relais.booking.internal.BookingRepository;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds (iCalendar, RFC 5545) that a calendar application subscribes to: a person's own
 * bookings, or a resource's busy slots (without names). Each feed sits behind an unguessable URL (256
 * random bits) that its owner may revoke, which gives a new one; a revoked feed answers 404. A feed holds
 * the bookings from a month ago to three months ahead.
 */
@Service
public class Calendars {

    static final Duration PAST = Duration.ofDays(31);
    static final Duration AHEAD = Duration.ofDays(92);
    static final int MAX_EVENTS = 1000;

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final BookingRepository repository;
    private final BookingMail mail;
    private final AccountDirectory accounts;
    private final MessageSource messages;
    private final PublicLinks links;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Calendars(
            JdbcClient jdbc,
            Bookings bookings,
            BookingRepository repository,
            BookingMail mail,
            AccountDirectory accounts,
            MessageSource messages,
            PublicLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.repository = repository;
        this.mail = mail;
        this.accounts = accounts;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /** The person's feed URL (of their own bookings, or of a resource they may see), made on first ask. */
    @Transactional
    public String feedUrl(CurrentUser user, UUID resourceId) {
        if (resourceId != null) {
            bookings.resource(user, resourceId);
        }
        String token = active(user.accountId(), resourceId).orElseGet(() -> create(user.accountId(), resourceId));
        return links.to("/api/v1/calendars/" + token);
    }

    /** The person's own feed URL if they made one and did not revoke it. */
    public Optional<String> current(CurrentUser user) {
        return active(user.accountId(), null).map(token -> links.to("/api/v1/calendars/" + token));
    }

    /** Ends the feed: its URL answers 404 from now on; the next ask gives a new one. */
    @Transactional
    public void revoke(CurrentUser user, UUID resourceId) {
        jdbc.sql("UPDATE booking_calendar_feed SET revoked_at = ? WHERE account_id = ? AND "
                        + (resourceId == null ? "resource_id IS NULL" : "resource_id = ?")
                        + " AND revoked_at IS NULL")
                .params(
                        resourceId == null
                                ? List.of(Instants.param(clock.instant()), user.accountId())
                                : List.of(Instants.param(clock.instant()), user.accountId(), resourceId))
                .update();
    }

    /** The feed's calendar, or 404 for a token unknown or revoked (or a resource no longer visible). */
    @Transactional(readOnly = true)
    public String feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw new NotFoundException("calendar");
        }
        record Feed(UUID accountId, UUID resourceId) {}
        Feed feed = jdbc.sql(
                        "SELECT account_id, resource_id FROM booking_calendar_feed WHERE token = ? AND revoked_at IS NULL")
                .param(token)
                .query((rs, n) ->
                        new Feed(rs.getObject("account_id", UUID.class), rs.getObject("resource_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("calendar"));
        AccountSummary owner = accounts.find(feed.accountId()).orElseThrow(() -> new NotFoundException("calendar"));
        Locale locale = "en".equals(owner.language()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
        Instant now = clock.instant();
        if (feed.resourceId() == null) {
            List<BookingView> own = repository.ofMember(feed.accountId(), now.minus(PAST), now.plus(AHEAD), MAX_EVENTS);
            return BookingCalendar.of(own, mail.titles(locale), now);
        }
        CurrentUser reader = new CurrentUser(
                owner.id(), owner.email(), owner.displayName(), owner.language(), accounts.grantsOf(owner.id()));
        bookings.resource(reader, feed.resourceId());
        List<BookingView> busy = repository.holdingBetween(feed.resourceId(), now.minus(PAST), now.plus(AHEAD));
        String taken = messages.getMessage("booking.ics.busy", null, locale);
        return BookingCalendar.of(
                busy,
                new BookingCalendar.Titles() {
                    @Override
                    public String summary(BookingView booking) {
                        return booking.resourceName() + " — " + taken;
                    }

                    @Override
                    public String description(BookingView booking) {
                        return null;
                    }
                },
                now);
    }

    private Optional<String> active(UUID accountId, UUID resourceId) {
        return jdbc
                .sql("SELECT token FROM booking_calendar_feed WHERE account_id = ? AND "
                        + (resourceId == null ? "resource_id IS NULL" : "resource_id = ?")
                        + " AND revoked_at IS NULL")
                .params(resourceId == null ? List.of(accountId) : List.of(accountId, resourceId))
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    private String create(UUID accountId, UUID resourceId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        INSERT INTO booking_calendar_feed (id, account_id, resource_id, token, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), accountId, resourceId, token, Instants.param(clock.instant()))
                .update();
        return token;
    }
}
