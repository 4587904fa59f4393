package coop.relais.desk;

import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.OfferView;
import coop.relais.catalogue.PriceModel;
import coop.relais.desk.internal.DeskRequest;
import coop.relais.desk.internal.DeskSites;
import coop.relais.desk.internal.RequestRepository;
import coop.relais.identity.AccountDirectory;
import coop.relais.notification.EmailRequested;
import coop.relais.notification.NoticeRequested;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * À-la-carte requests: a client organisation's admin asks for a service of a site where the
 * organisation has a contract (e.g. activating a tenant's entry badge), the desk works the queue and
 * marks each done with a note, which raises {@link RequestCompleted} with the price for billing.
 * Client admins see only their organisations' requests; desk staff those of the sites they work at.
 */
@Service
@Transactional
public class RequestManagement {

    private final RequestRepository requests;
    private final Catalogue catalogue;
    private final SiteDirectory sites;
    private final AccountDirectory accounts;
    private final DeskSites deskSites;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicLinks links;

    RequestManagement(
            RequestRepository requests,
            Catalogue catalogue,
            SiteDirectory sites,
            AccountDirectory accounts,
            DeskSites deskSites,
            ApplicationEventPublisher events,
            Clock clock,
            PublicLinks links) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.sites = sites;
        this.accounts = accounts;
        this.deskSites = deskSites;
        this.events = events;
        this.clock = clock;
        this.links = links;
    }

    /** The organisations the person files requests for. */
    @Transactional(readOnly = true)
    public List<ClientOrganisationView> organisationsOf(CurrentUser actor) {
        List<ClientOrganisationView> organisations = new ArrayList<>();
        for (UUID id : actor.organisationsWhere(Role.CLIENT_ADMIN)) {
            sites.findClient(id).filter(ClientOrganisationView::active).ifPresent(organisations::add);
        }
        return organisations;
    }

    /**
     * The à-la-carte services the organisation may ask for: active offers for organisations at the
     * sites of its contracts, priced (not on quote), and not reserved to another organisation.
     */
    @Transactional(readOnly = true)
    public List<RequestableOffer> requestableOffers(CurrentUser actor, UUID organisationId) {
        requireClientAdmin(actor, organisationId);
        List<RequestableOffer> offers = new ArrayList<>();
        for (UUID siteId : sites.sitesOfClient(organisationId)) {
            String siteName = sites.find(siteId).map(SiteView::name).orElse("");
            for (OfferView offer : catalogue.activeOffersAt(siteId)) {
                if (requestable(offer, organisationId)) {
                    offers.add(new RequestableOffer(
                            offer.id(),
                            siteId,
                            siteName,
                            offer.serviceName(),
                            offer.description(),
                            offer.price(),
                            offer.vatRate()));
                }
            }
        }
        return offers;
    }

    private static boolean requestable(OfferView offer, UUID organisationId) {
        UUID reservedFor = offer.payerRule() == null ? null : offer.payerRule().siteOwnerOrganisationId();
        return offer.active()
                && offer.forOrganisations()
                && offer.priceModel() != PriceModel.ON_QUOTE
                && offer.price() != null
                && (reservedFor == null || reservedFor.equals(organisationId));
    }

    /** Files a request for the organisation, at the offer's current price. */
    public RequestView file(CurrentUser actor, FileRequest command) {
        ClientOrganisationView organisation = requireClientAdmin(actor, command.organisationId());
        OfferView offer = catalogue
                .findOffer(command.offerId())
                .filter(o -> requestable(o, organisation.id()))
                .filter(o -> sites.sitesOfClient(organisation.id()).contains(o.siteId()))
                .orElseThrow(() -> DomainException.invalid("desk.request.offer.unavailable"));
        SiteView site = deskSites.site(offer.siteId());
        Instant now = clock.instant();
        int year = now.atZone(site.timeZone()).getYear();
        String reference = String.format("DEM-%d-%06d", year, requests.nextNumber());
        DeskRequest request = DeskRequest.file(
                reference,
                site.id(),
                organisation.id(),
                offer.id(),
                offer.serviceName(),
                command.quantity(),
                offer.price(),
                offer.vatRate(),
                command.beneficiary(),
                command.location(),
                command.itemNumber(),
                command.details(),
                now,
                actor.accountId(),
                actor.displayName());
        requests.insert(request);
        return request.toView(site.name(), organisation.legalName());
    }

    /** A request the person may see: its organisation's admin, or the desk staff of its site. */
    @Transactional(readOnly = true)
    public RequestView get(CurrentUser actor, UUID requestId) {
        DeskRequest request = requests.find(requestId)
                .filter(r -> canSee(actor, r))
                .orElseThrow(() -> new NotFoundException("request"));
        return view(request, new HashMap<>(), new HashMap<>());
    }

    /**
     * Requests the person may see, filtered by site and status: the desk staff see their site's, a
     * client admin their organisations' (at that site, if given).
     */
    @Transactional(readOnly = true)
    public ResultPage<RequestView> search(CurrentUser actor, UUID siteId, RequestStatus status, int page, int size) {
        int boundedSize = Math.min(Math.max(size, 1), ResultPage.MAX_SIZE);
        int boundedPage = Math.max(page, 0);
        Set<UUID> siteFilter = null;
        Set<UUID> organisationFilter = null;
        Set<UUID> clientOf = actor.organisationsWhere(Role.CLIENT_ADMIN);
        if (siteId != null && actor.worksAt(siteId)) {
            siteFilter = Set.of(siteId);
        } else if (!clientOf.isEmpty()) {
            organisationFilter = clientOf;
            siteFilter = siteId == null ? null : Set.of(siteId);
        } else if (siteId != null) {
            throw new NotFoundException("site");
        } else if (!actor.isAdmin()) {
            siteFilter = actor.staffSites();
        }
        Map<UUID, String> siteNames = new HashMap<>();
        Map<UUID, String> organisationNames = new HashMap<>();
        List<RequestView> items =
                requests.search(siteFilter, organisationFilter, status, boundedPage, boundedSize).stream()
                        .map(r -> view(r, siteNames, organisationNames))
                        .toList();
        return new ResultPage<>(
                items, boundedPage, boundedSize, requests.count(siteFilter, organisationFilter, status));
    }

    /** How many requests wait for the desk at the site. */
    @Transactional(readOnly = true)
    public long openCount(CurrentUser actor, UUID siteId) {
        deskSites.staffSite(actor, siteId);
        return requests.count(Set.of(siteId), null, RequestStatus.SUBMITTED);
    }

    /**
     * The desk marks the request done; the organisation is told and billing gets {@link RequestCompleted}.
     * Refused (403) to the organisation's admin, who sees the request but cannot complete it.
     */
    public RequestView complete(CurrentUser actor, UUID requestId, String note) {
        DeskRequest request = requests.findForUpdate(requestId)
                .filter(r -> canSee(actor, r))
                .orElseThrow(() -> new NotFoundException("request"));
        if (!actor.worksAt(request.siteId())) {
            throw new AccessDeniedException("Only the desk completes a request");
        }
        Instant now = clock.instant();
        request.complete(note, now, actor.accountId(), actor.displayName());
        requests.update(request);
        events.publishEvent(new RequestCompleted(
                request.id(),
                request.reference(),
                request.serviceName(),
                request.quantity(),
                request.siteId(),
                request.organisationId(),
                request.offerId(),
                request.amount(),
                request.vatRate(),
                now));
        events.publishEvent(new DeskWorkDone(
                DeskWorkDone.Kind.REQUEST_COMPLETED, request.id(), request.siteId(), actor.accountId(), now));
        tellTheFiler(request);
        return view(request, new HashMap<>(), new HashMap<>());
    }

    /** The organisation withdraws its request, before the desk did it. */
    public RequestView cancel(CurrentUser actor, UUID requestId) {
        DeskRequest request = requests.findForUpdate(requestId)
                .filter(r -> canSee(actor, r))
                .orElseThrow(() -> new NotFoundException("request"));
        if (!actor.actsFor(Role.CLIENT_ADMIN, request.organisationId()) && !actor.isAdmin()) {
            throw new AccessDeniedException("Only the organisation cancels its request");
        }
        request.cancel(clock.instant());
        requests.update(request);
        return view(request, new HashMap<>(), new HashMap<>());
    }

    private void tellTheFiler(DeskRequest request) {
        accounts.find(request.createdBy()).ifPresent(filer -> {
            SiteView site = deskSites.site(request.siteId());
            Map<String, Object> model = new HashMap<>();
            model.put("recipientName", filer.displayName());
            model.put("reference", request.reference());
            model.put("serviceName", request.serviceName());
            model.put("beneficiary", request.beneficiary() == null ? "" : request.beneficiary());
            model.put("note", request.completionNote());
            model.put("siteName", site.name());
            model.put("link", links.to("/requests/" + request.id()));
            events.publishEvent(new EmailRequested(
                    "request:" + request.id() + ":completed",
                    filer.id(),
                    filer.email(),
                    filer.language(),
                    "desk/request-completed",
                    "desk.mail.requestCompleted.subject",
                    new Object[] {request.reference(), request.serviceName()},
                    "requests",
                    model));
            events.publishEvent(new NoticeRequested(
                    "request:" + request.id() + ":completed",
                    filer.id(),
                    "desk.notice.requestCompleted",
                    new Object[] {request.reference(), request.serviceName()},
                    "/requests/" + request.id(),
                    "requests"));
        });
    }

    private static boolean canSee(CurrentUser actor, DeskRequest request) {
        return actor.worksAt(request.siteId()) || actor.actsFor(Role.CLIENT_ADMIN, request.organisationId());
    }

    private ClientOrganisationView requireClientAdmin(CurrentUser actor, UUID organisationId) {
        if (organisationId == null || !actor.actsFor(Role.CLIENT_ADMIN, organisationId)) {
            throw new NotFoundException("organisation");
        }
        return sites.findClient(organisationId)
                .filter(ClientOrganisationView::active)
                .orElseThrow(() -> new NotFoundException("organisation"));
    }

    private RequestView view(DeskRequest request, Map<UUID, String> siteNames, Map<UUID, String> organisationNames) {
        String siteName = siteNames.computeIfAbsent(
                request.siteId(), id -> sites.find(id).map(SiteView::name).orElse(""));
        String organisationName = organisationNames.computeIfAbsent(
                request.organisationId(),
                id -> sites.findClient(id)
                        .map(ClientOrganisationView::legalName)
                        .orElse(""));
        return request.toView(siteName, organisationName);
    }
}
