package coop.relais.desk;

import coop.relais.desk.internal.DeskSites;
import coop.relais.desk.internal.DuplicateTrackingNumber;
import coop.relais.desk.internal.Parcel;
import coop.relais.desk.internal.ParcelNotifier;
import coop.relais.desk.internal.ParcelRepository;
import coop.relais.desk.internal.ParcelSettingsRepository;
import coop.relais.desk.internal.ProxyRepository;
import coop.relais.desk.internal.WrongPickupCode;
import coop.relais.identity.AccountSummary;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PickupCodePolicy;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels and mail at the desk: registering what arrives for a member (who is told at once, with a
 * pickup code), finding and handing over, returns, the shelf list, and the member's own view with the
 * proxies they allow. Every call is scoped: the desk staff of a site, or the member themself.
 */
@Service
@Transactional
public class ParcelManagement {

    private final ParcelRepository parcels;
    private final ParcelRecipients recipients;
    private final ParcelSettingsRepository settings;
    private final ProxyRepository proxies;
    private final PickupCodePolicy codes;
    private final ParcelNotifier notifier;
    private final DeskSites deskSites;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    ParcelManagement(
            ParcelRepository parcels,
            ParcelRecipients recipients,
            ParcelSettingsRepository settings,
            ProxyRepository proxies,
            PickupCodePolicy codes,
            ParcelNotifier notifier,
            DeskSites deskSites,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.parcels = parcels;
        this.recipients = recipients;
        this.settings = settings;
        this.proxies = proxies;
        this.codes = codes;
        this.notifier = notifier;
        this.deskSites = deskSites;
        this.events = events;
        this.clock = clock;
    }

    // Registering

    /**
     * Puts a parcel on the shelf and tells its recipient (e-mail and notice, with the pickup code).
     *
     * @throws DuplicateTrackingNumber if the tracking number already arrived today and the desk did not confirm
     */
    public ParcelView register(CurrentUser actor, RegisterParcel command) {
        SiteView site = deskSites.staffSite(actor, command.siteId());
        AccountSummary recipient = recipients
                .member(site.id(), command.recipientId())
                .orElseThrow(() -> DomainException.invalid("desk.parcel.recipient.unknown"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.timeZone());
        if (command.trackingNumber() != null && !command.confirmDuplicate()) {
            List<ParcelView> same = parcels.sameTrackingNumber(site.id(), command.trackingNumber(), today);
            if (!same.isEmpty()) {
                ParcelView first = same.get(0);
                throw new DuplicateTrackingNumber(command.trackingNumber(), first.recipientName(), first.shelf());
            }
        }
        Parcel parcel = Parcel.receive(
                site.id(),
                recipient.id(),
                recipient.displayName(),
                command.carrier(),
                command.trackingNumber(),
                command.size(),
                command.shelf(),
                codes.newCode(code -> parcels.codeInUse(site.id(), code)),
                now,
                today,
                actor.accountId());
        parcels.insert(parcel);
        notifier.arrived(parcel, site, recipient);
        parcel.markNotified(now);
        parcels.update(parcel);
        events.publishEvent(
                new DeskWorkDone(DeskWorkDone.Kind.PARCEL_REGISTERED, parcel.id(), site.id(), actor.accountId(), now));
        return ParcelRepository.toView(parcel);
    }

    // Reading

    @Transactional(readOnly = true)
    public ParcelView get(CurrentUser actor, UUID parcelId) {
        return parcels.findView(parcelId)
                .filter(p -> actor.worksAt(p.siteId()))
                .orElseThrow(() -> new NotFoundException("parcel"));
    }

    /** What is on the shelves of the site, by shelf then name: the daily shelf list. */
    @Transactional(readOnly = true)
    public List<ParcelView> shelf(CurrentUser actor, UUID siteId) {
        deskSites.staffSite(actor, siteId);
        return parcels.waitingAt(siteId);
    }

    @Transactional(readOnly = true)
    public ResultPage<ParcelView> list(CurrentUser actor, UUID siteId, ParcelStatus status, int page, int size) {
        deskSites.staffSite(actor, siteId);
        int boundedSize = Math.min(Math.max(size, 1), ResultPage.MAX_SIZE);
        int boundedPage = Math.max(page, 0);
        return new ResultPage<>(
                parcels.page(siteId, status, boundedPage, boundedSize),
                boundedPage,
                boundedSize,
                parcels.count(siteId, status));
    }

    /** Waiting parcels whose pickup code, tracking number or recipient's name matches. */
    @Transactional(readOnly = true)
    public List<ParcelView> searchWaiting(CurrentUser actor, UUID siteId, String query) {
        deskSites.staffSite(actor, siteId);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > 100) {
            return List.of();
        }
        return parcels.searchWaiting(siteId, q, ParcelRecipients.SEARCH_LIMIT);
    }

    /** The waiting parcel with this pickup code at the site, if any (the code itself stays hidden). */
    @Transactional(readOnly = true)
    public Optional<ParcelView> waitingWithCode(CurrentUser actor, UUID siteId, String code) {
        deskSites.staffSite(actor, siteId);
        if (code == null || !code.strip().matches("\\d{6}")) {
            return Optional.empty();
        }
        return parcels.waitingWithCode(siteId, code.strip());
    }

    /** The waiting parcels of one member at the site. */
    @Transactional(readOnly = true)
    public List<ParcelView> waitingFor(CurrentUser actor, UUID siteId, UUID memberId) {
        deskSites.staffSite(actor, siteId);
        return parcels.waitingFor(memberId, siteId);
    }

    /** Figures for the counter's home screen. */
    @Transactional(readOnly = true)
    public ShelfSummary summary(CurrentUser actor, UUID siteId) {
        SiteView site = deskSites.staffSite(actor, siteId);
        LocalDate today = deskSites.today(site);
        List<ParcelView> waiting = parcels.waitingAt(siteId);
        return new ShelfSummary(
                waiting.size(),
                (int) waiting.stream().filter(p -> today.equals(p.receivedOn())).count(),
                (int) waiting.stream().filter(ParcelView::returnDue).count());
    }

    /** Who may collect on an ID check: the recipient, then the proxies they allowed. */
    @Transactional(readOnly = true)
    public List<String> allowedCollectors(CurrentUser actor, UUID parcelId) {
        ParcelView parcel = get(actor, parcelId);
        List<String> names = new ArrayList<>();
        names.add(parcel.recipientName());
        proxies.activeProxies(parcel.recipientId()).forEach(p -> names.add(p.name()));
        return names;
    }

    // Handing over and returning

    /**
     * Hands the parcel over to whoever gives its code. A wrong code is counted (and saved) before the
     * refusal; after the policy's number of wrong codes only an ID check works.
     */
    @Transactional(noRollbackFor = WrongPickupCode.class)
    public ParcelView collectWithCode(CurrentUser actor, UUID parcelId, String code, String collectorName) {
        Parcel parcel = lockedParcel(actor, parcelId);
        try {
            parcel.collectWithCode(code, limit(collectorName), clock.instant(), actor.accountId(), codes);
        } catch (WrongPickupCode wrong) {
            parcels.update(parcel);
            throw wrong;
        }
        parcels.update(parcel);
        handedOver(actor, parcel);
        return ParcelRepository.toView(parcel);
    }

    /** Hands the parcel over on an ID check, to the recipient or a proxy they allowed. */
    public ParcelView collectWithId(CurrentUser actor, UUID parcelId, String collectorName) {
        Parcel parcel = lockedParcel(actor, parcelId);
        List<String> allowed = proxies.activeProxies(parcel.recipientId()).stream()
                .map(ProxyView::name)
                .toList();
        parcel.collectWithId(limit(collectorName), allowed, clock.instant(), actor.accountId());
        parcels.update(parcel);
        handedOver(actor, parcel);
        return ParcelRepository.toView(parcel);
    }

    /** Records that the parcel went back to the carrier or the sender. */
    public ParcelView markReturned(CurrentUser actor, UUID parcelId, String note) {
        if (note != null && note.length() > 500) {
            throw DomainException.invalid("desk.parcel.returnNote.tooLong");
        }
        Parcel parcel = lockedParcel(actor, parcelId);
        parcel.markReturned(note, clock.instant(), actor.accountId());
        parcels.update(parcel);
        return ParcelRepository.toView(parcel);
    }

    private void handedOver(CurrentUser actor, Parcel parcel) {
        events.publishEvent(new DeskWorkDone(
                DeskWorkDone.Kind.PARCEL_HANDED_OVER,
                parcel.id(),
                parcel.siteId(),
                actor.accountId(),
                clock.instant()));
    }

    private Parcel lockedParcel(CurrentUser actor, UUID parcelId) {
        return parcels.findForUpdate(parcelId)
                .filter(p -> actor.worksAt(p.siteId()))
                .orElseThrow(() -> new NotFoundException("parcel"));
    }

    // Settings

    @Transactional(readOnly = true)
    public ParcelSettings settings(CurrentUser actor, UUID siteId) {
        deskSites.staffSite(actor, siteId);
        return settings.find(siteId).orElse(ParcelSettings.defaults(siteId));
    }

    /** Changes when reminders go out and when parcels are flagged for return; for the site manager. */
    public ParcelSettings updateSettings(CurrentUser actor, UUID siteId, int reminderAfterDays, int returnAfterDays) {
        deskSites.managedSite(actor, siteId);
        ParcelSettings settings = new ParcelSettings(siteId, reminderAfterDays, returnAfterDays);
        this.settings.save(settings, clock.instant(), actor.accountId());
        return settings;
    }

    private static String limit(String name) {
        if (name != null && name.length() > 120) {
            throw DomainException.invalid("desk.parcel.collector.tooLong");
        }
        return name;
    }
}
