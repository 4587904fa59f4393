package coop.relais.community;

import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.OfferView;
import coop.relais.notification.NoticeRequested;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Photo;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems in the common spaces (a broken light, graffiti, full bins): anyone of the site reports one with a place
 * and a photo; the staff take it at the desk or order its fixing from a provider (an order of the site, paid by
 * its owner), merge a report of the same problem into the first, and close it with a note. The reporter follows it
 * and is told when it moves.
 */
@Service
public class CommonSpaces {

    static final int DESCRIPTION_MAX = 1000;
    static final int PLACE_MAX = 200;
    static final int NOTE_MAX = 1000;

    private static final String SELECT = """
            SELECT r.id, r.site_id, s.name, s.time_zone, r.reporter_id, a.display_name, r.category, r.description,
                   r.place, r.photo_type, r.status, t.display_name, r.order_id, r.order_reference, r.merged_into,
                   r.closing_note, r.reported_at, r.closed_at
            FROM community_report r JOIN site s ON s.id = r.site_id JOIN account a ON a.id = r.reporter_id
            LEFT JOIN account t ON t.id = r.assigned_to
            """;

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final OrderManagement orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommonSpaces(
            JdbcClient jdbc,
            Catalogue catalogue,
            OrderManagement orders,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** Reports a problem at a site where the person is a member or works. */
    @Transactional
    public ReportView report(
            CurrentUser user, UUID siteId, ReportCategory category, String description, String place, Photo photo) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
        if (category == null) {
            throw DomainException.invalid("community.report.category");
        }
        String d = TypedText.text(description, DESCRIPTION_MAX, "community.report.description");
        String p = TypedText.line(place, PLACE_MAX, "community.report.place");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO community_report (id, site_id, reporter_id, category, description, place, photo,
                                                      photo_type, status, reported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(
                        id,
                        siteId,
                        user.accountId(),
                        category.name(),
                        d,
                        p,
                        photo == null ? null : photo.bytes(),
                        photo == null ? null : photo.type(),
                        Instants.param(clock.instant()))
                .update();
        return find(id).orElseThrow();
    }

    /** The person's own reports, newest first, wherever they made them. */
    @Transactional(readOnly = true)
    public List<ReportView> mine(CurrentUser user) {
        return jdbc.sql(SELECT + " WHERE r.reporter_id = ? ORDER BY r.reported_at DESC, r.id LIMIT 200")
                .param(user.accountId())
                .query(CommonSpaces::view)
                .list();
    }

    /** A site's reports for the staff: the open ones oldest first, or the closed ones newest first. */
    @Transactional(readOnly = true)
    public List<ReportView> ofSite(CurrentUser user, UUID siteId, boolean open) {
        staff(user, siteId);
        String where = open
                ? " WHERE r.site_id = ? AND r.status IN ('OPEN', 'ASSIGNED', 'DISPATCHED') ORDER BY r.reported_at, r.id"
                : " WHERE r.site_id = ? AND r.status IN ('CLOSED', 'MERGED') ORDER BY r.closed_at DESC, r.id";
        return jdbc.sql(SELECT + where + " LIMIT 200")
                .param(siteId)
                .query(CommonSpaces::view)
                .list();
    }

    /** One report, for its reporter and the site's staff. */
    @Transactional(readOnly = true)
    public ReportView find(CurrentUser user, UUID reportId) {
        return find(reportId)
                .filter(r -> r.reporterId().equals(user.accountId()) || user.worksAt(r.siteId()))
                .orElseThrow(() -> new NotFoundException("report"));
    }

    /** The report a merged one was merged into: its reporter follows that one from now. */
    @Transactional(readOnly = true)
    public ReportView findMergedInto(CurrentUser user, ReportView merged) {
        find(user, merged.id());
        return find(merged.mergedInto()).orElseThrow(() -> new NotFoundException("report"));
    }

    /** A report's photo, for its reporter and the site's staff. */
    @Transactional(readOnly = true)
    public Optional<Photo> photo(CurrentUser user, UUID reportId) {
        find(user, reportId);
        return jdbc.sql("SELECT photo_type, photo FROM community_report WHERE id = ? AND photo IS NOT NULL")
                .param(reportId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** The repair offers a report may be sent on: the site's offers its owner pays in full. */
    public List<OfferView> offers(CurrentUser user, UUID siteId) {
        staff(user, siteId);
        return catalogue.activeOffersAt(siteId).stream()
                .filter(offer -> offer.payerRule().paidBySiteOwnerAlone())
                .toList();
    }

    /** The desk takes the report: the person acting is its owner from now. */
    @Transactional
    public ReportView assign(CurrentUser user, UUID reportId) {
        ReportView report = lockedOpen(user, reportId);
        if (report.status() == ReportStatus.DISPATCHED) {
            throw new DomainException("community.report.dispatched", report.orderReference());
        }
        jdbc.sql("UPDATE community_report SET status = 'ASSIGNED', assigned_to = ? WHERE id = ?")
                .params(user.accountId(), reportId)
                .update();
        tell(report, "assigned", "community.notice.report.assigned");
        return find(reportId).orElseThrow();
    }

    /** Orders the fixing from a provider, once: an order of the site on one of its owner-paid offers. */
    @Transactional
    public ReportView dispatch(CurrentUser user, UUID reportId, UUID offerId, String note) {
        ReportView report = lockedOpen(user, reportId);
        if (report.orderId() != null) {
            throw new DomainException("community.report.dispatched", report.orderReference());
        }
        if (offerId == null || offers(user, report.siteId()).stream().noneMatch(o -> o.id().equals(offerId))) {
            throw DomainException.invalid("community.report.offer");
        }
        String extra = TypedText.optionalText(note, 500, "community.report.note");
        String text = report.place() + " : " + report.description() + (extra == null ? "" : "\n" + extra);
        OrderView order = orders.placeForSite(user, offerId, text.length() <= 1000 ? text : text.substring(0, 1000));
        jdbc.sql("""
                        UPDATE community_report SET status = 'DISPATCHED', order_id = ?, order_reference = ?,
                               assigned_to = COALESCE(assigned_to, ?)
                        WHERE id = ?""")
                .params(order.id(), order.reference(), user.accountId(), reportId)
                .update();
        tell(report, "dispatched", "community.notice.report.dispatched");
        return find(reportId).orElseThrow();
    }

    /** Closes the report with a note the reporter reads. */
    @Transactional
    public ReportView close(CurrentUser user, UUID reportId, String note) {
        ReportView report = lockedOpen(user, reportId);
        String text = TypedText.text(note, NOTE_MAX, "community.report.closingNote");
        jdbc.sql("UPDATE community_report SET status = 'CLOSED', closing_note = ?, closed_at = ? WHERE id = ?")
                .params(text, Instants.param(clock.instant()), reportId)
                .update();
        tell(report, "closed", "community.notice.report.closed");
        return find(reportId).orElseThrow();
    }

    /** Merges a report of the same problem into an open one of the same site; its reporter follows that one. */
    @Transactional
    public ReportView merge(CurrentUser user, UUID reportId, UUID intoId) {
        if (reportId.equals(intoId)) {
            throw DomainException.invalid("community.report.mergeSelf");
        }
        // Both rows locked in one order, whichever is merged into which, so that two merges never deadlock.
        UUID first = reportId.compareTo(intoId) < 0 ? reportId : intoId;
        UUID second = first.equals(reportId) ? intoId : reportId;
        lock(first);
        lock(second);
        ReportView report =
                find(reportId).filter(r -> user.worksAt(r.siteId())).orElseThrow(() -> new NotFoundException("report"));
        ReportView into = find(intoId)
                .filter(r -> r.siteId().equals(report.siteId()))
                .orElseThrow(() -> DomainException.invalid("community.report.mergeInto"));
        if (!report.open() || !into.open()) {
            throw new DomainException("community.report.closed");
        }
        if (report.orderId() != null) {
            throw new DomainException("community.report.dispatched", report.orderReference());
        }
        jdbc.sql("UPDATE community_report SET status = 'MERGED', merged_into = ?, closed_at = ? WHERE id = ?")
                .params(intoId, Instants.param(clock.instant()), reportId)
                .update();
        tell(report, "merged", "community.notice.report.merged");
        return find(reportId).orElseThrow();
    }

    private ReportView lockedOpen(CurrentUser user, UUID reportId) {
        lock(reportId);
        ReportView report =
                find(reportId).filter(r -> user.worksAt(r.siteId())).orElseThrow(() -> new NotFoundException("report"));
        if (!report.open()) {
            throw new DomainException("community.report.closed");
        }
        return report;
    }

    private void lock(UUID reportId) {
        jdbc.sql("SELECT id FROM community_report WHERE id = ? FOR UPDATE")
                .param(reportId)
                .query(UUID.class)
                .list();
    }

    private void tell(ReportView report, String what, String key) {
        events.publishEvent(new NoticeRequested(
                "report:" + report.id() + ":" + what + ":" + clock.instant().toEpochMilli(),
                report.reporterId(),
                key,
                new Object[] {report.place()},
                "/community/reports/" + report.id(),
                Events.CATEGORY));
    }

    private Optional<ReportView> find(UUID reportId) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(reportId)
                .query(CommonSpaces::view)
                .optional();
    }

    private static void staff(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
    }

    private static ReportView view(ResultSet rs, int n) throws SQLException {
        return new ReportView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                ZoneId.of(rs.getString(4)),
                rs.getObject(5, UUID.class),
                rs.getString(6),
                ReportCategory.valueOf(rs.getString(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10) != null,
                ReportStatus.valueOf(rs.getString(11)),
                rs.getString(12),
                rs.getObject(13, UUID.class),
                rs.getString(14),
                rs.getObject(15, UUID.class),
                rs.getString(16),
                Instants.read(rs, 17),
                Instants.read(rs, 18));
    }
}
