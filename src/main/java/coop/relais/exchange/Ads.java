package coop.relais.exchange;

import coop.relais.exchange.internal.ExchangeNotifications;
import coop.relais.notification.NoticeRequested;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Photo;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.LikePattern;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and wants of a SEL's members: posted by members, browsed and searched by members, closed by their
 * author; an ad past its expiry no longer shows. One contacts an author through Relais: they get the message
 * in their notifications, with the sender's name, and neither's e-mail or phone is shown.
 */
@Service
public class Ads {

    public static final Set<String> KINDS = Set.of("OFFER", "WANT");
    public static final List<String> CATEGORIES = List.of(
            "HOME", "GARDEN", "REPAIR", "COOKING", "LEARNING", "CARE", "TRANSPORT", "COMPUTING", "CRAFT", "OTHER");

    private static final String SELECT = """
            SELECT d.id, d.sel_id, d.author_id, a.display_name, d.kind, d.category, d.title, d.body, d.area,
                   d.expires_on, d.created_at, d.photo_type
            FROM sel_ad d JOIN account a ON a.id = d.author_id
            """;

    private final JdbcClient jdbc;
    private final Sels sels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ads(JdbcClient jdbc, Sels sels, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.sels = sels;
        this.events = events;
        this.clock = clock;
    }

    /** What a member types to post an ad. */
    public record NewAd(
            String kind, String category, String title, String body, String area, LocalDate expiresOn, Photo photo) {

        /** An ad without a photo. */
        public NewAd(String kind, String category, String title, String body, String area, LocalDate expiresOn) {
            this(kind, category, title, body, area, expiresOn, null);
        }
    }

    /** An ad's photo, to the members of its SEL; 404 for anyone else or an ad without one. */
    public Photo photo(CurrentUser user, UUID adId) {
        AdView ad = find(adId);
        if (sels.position(user, ad.selId()).isEmpty()) {
            throw new NotFoundException("photo");
        }
        return jdbc.sql("SELECT photo_type, photo FROM sel_ad WHERE id = ? AND photo IS NOT NULL")
                .param(adId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
                .optional()
                .orElseThrow(() -> new NotFoundException("photo"));
    }

    /** The SEL's open ads, newest first, of a kind and category if given, matching the words if given. */
    public List<AdView> search(CurrentUser user, UUID selId, String kind, String category, String words) {
        member(user, selId);
        StringBuilder where = new StringBuilder(
                "WHERE d.sel_id = ? AND d.closed_at IS NULL AND (d.expires_on IS NULL OR d.expires_on >= ?)");
        List<Object> params = new ArrayList<>(List.of(selId, LocalDate.now(clock)));
        if (kind != null && KINDS.contains(kind)) {
            where.append(" AND d.kind = ?");
            params.add(kind);
        }
        if (category != null && CATEGORIES.contains(category)) {
            where.append(" AND d.category = ?");
            params.add(category);
        }
        if (words != null && !words.isBlank()) {
            String typed = words.strip();
            String like = LikePattern.contains(typed.length() > 200 ? typed.substring(0, 200) : typed);
            where.append(" AND (LOWER(d.title) LIKE ? ESCAPE '!' OR LOWER(d.body) LIKE ? ESCAPE '!')");
            params.add(like);
            params.add(like);
        }
        return jdbc.sql(SELECT + where + " ORDER BY d.created_at DESC LIMIT 100")
                .params(params)
                .query((rs, n) -> view(rs))
                .list();
    }

    @Transactional
    public AdView post(CurrentUser user, UUID selId, NewAd ad) {
        member(user, selId);
        if (ad.kind() == null || !KINDS.contains(ad.kind())) {
            throw DomainException.invalid("exchange.ad.kind");
        }
        if (ad.category() == null || !CATEGORIES.contains(ad.category())) {
            throw DomainException.invalid("exchange.ad.category");
        }
        String title = ad.title() == null ? "" : ad.title().strip();
        String body = ad.body() == null ? "" : ad.body().strip();
        if (title.isEmpty() || title.length() > 120) {
            throw DomainException.invalid("exchange.ad.title");
        }
        if (body.isEmpty() || body.length() > 2000) {
            throw DomainException.invalid("exchange.ad.body");
        }
        String area =
                ad.area() == null || ad.area().isBlank() ? null : ad.area().strip();
        if (area != null && area.length() > 80) {
            throw DomainException.invalid("exchange.ad.area");
        }
        if (ad.expiresOn() != null
                && (ad.expiresOn().isBefore(LocalDate.now(clock))
                        || ad.expiresOn().isAfter(LocalDate.now(clock).plusYears(1)))) {
            throw DomainException.invalid("exchange.ad.expiry");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sel_ad (id, sel_id, author_id, kind, category, title, body, area, expires_on, created_at,
                               photo, photo_type)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        selId,
                        user.accountId(),
                        ad.kind(),
                        ad.category(),
                        title,
                        body,
                        area,
                        ad.expiresOn(),
                        Instants.param(clock.instant()),
                        ad.photo() == null ? null : ad.photo().bytes(),
                        ad.photo() == null ? null : ad.photo().type())
                .update();
        return find(id);
    }

    /** The author closes their ad. */
    @Transactional
    public void close(CurrentUser user, UUID adId) {
        int closed = jdbc.sql("UPDATE sel_ad SET closed_at = ? WHERE id = ? AND author_id = ? AND closed_at IS NULL")
                .params(Instants.param(clock.instant()), adId, user.accountId())
                .update();
        if (closed != 1) {
            throw new NotFoundException("ad");
        }
    }

    /** Sends the author a message through Relais (a notice), without showing anyone's address. */
    @Transactional
    public void contact(CurrentUser user, UUID adId, String message) {
        AdView ad = find(adId);
        member(user, ad.selId());
        if (ad.authorId().equals(user.accountId())) {
            throw DomainException.invalid("exchange.ad.ownAd");
        }
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > 280) {
            throw DomainException.invalid("exchange.ad.message");
        }
        events.publishEvent(new NoticeRequested(
                "sel-ad:" + adId + ":contact:" + UUID.randomUUID(),
                ad.authorId(),
                "exchange.notice.contact",
                new Object[] {user.displayName(), ad.title(), text},
                "/exchange",
                ExchangeNotifications.CATEGORY));
    }

    private AdView find(UUID id) {
        return jdbc.sql(SELECT + "WHERE d.id = ? AND d.closed_at IS NULL")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("ad"));
    }

    private void member(CurrentUser user, UUID selId) {
        sels.me(user, selId);
    }

    private static AdView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AdView(
                rs.getObject("id", UUID.class),
                rs.getObject("sel_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getString("display_name"),
                rs.getString("kind"),
                rs.getString("category"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("area"),
                rs.getObject("expires_on", LocalDate.class),
                Instants.read(rs, "created_at"),
                rs.getString("photo_type") != null);
    }
}
