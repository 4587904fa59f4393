package coop.relais.catalogue.internal;

import coop.relais.catalogue.OfferChanged;
import coop.relais.catalogue.OfferView;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site manager's catalogue editor: categories, services and offers of one site. Every method
 * checks that the user manages the site (its site manager, or an admin): the site's concierges are
 * refused (403), anybody else finds nothing (404). Each change to what members can order publishes
 * {@link OfferChanged}.
 */
@Service
@Transactional
public class CatalogueEditing {

    /** Client organisation kinds that may pay as the site owner. */
    static final Set<String> SITE_OWNER_KINDS = Set.of("SITE_OWNER", "SOCIAL_LANDLORD");

    private final CategoryRepository categories;
    private final SiteServiceRepository services;
    private final OfferRepository offers;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueEditing(
            CategoryRepository categories,
            SiteServiceRepository services,
            OfferRepository offers,
            SiteDirectory sites,
            ApplicationEventPublisher events,
            Clock clock) {
        this.categories = categories;
        this.services = services;
        this.offers = offers;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** The site, if the user may edit its catalogue. */
    @Transactional(readOnly = true)
    public SiteView managedSite(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.manages(siteId)) {
            if (siteId != null && user.worksAt(siteId)) {
                throw new AccessDeniedException("Only the site manager edits the catalogue");
            }
            throw new NotFoundException("site");
        }
        return sites.find(siteId).orElseThrow(() -> new NotFoundException("site"));
    }

    @Transactional(readOnly = true)
    public List<Category> categories(CurrentUser user, UUID siteId) {
        managedSite(user, siteId);
        return categories.ofSite(siteId);
    }

    @Transactional(readOnly = true)
    public List<SiteService> services(CurrentUser user, UUID siteId) {
        managedSite(user, siteId);
        return services.ofSite(siteId);
    }

    @Transactional(readOnly = true)
    public SiteService service(CurrentUser user, UUID siteId, UUID serviceId) {
        managedSite(user, siteId);
        return services.find(siteId, serviceId).orElseThrow(() -> new NotFoundException("service"));
    }

    /** Every offer of the site, active or not. */
    @Transactional(readOnly = true)
    public List<OfferView> offers(CurrentUser user, UUID siteId) {
        managedSite(user, siteId);
        return offers.allAt(siteId);
    }

    @Transactional(readOnly = true)
    public Offer offer(CurrentUser user, UUID siteId, UUID offerId) {
        managedSite(user, siteId);
        return offers.load(siteId, offerId).orElseThrow(() -> new NotFoundException("offer"));
    }

    /** The providers an offer of the site may name: active and serving the site. */
    @Transactional(readOnly = true)
    public List<ProviderView> providers(CurrentUser user, UUID siteId) {
        managedSite(user, siteId);
        return sites.providersServing(siteId);
    }

    /** The client organisations of the site that may pay as its owner (site owners, social landlords). */
    @Transactional(readOnly = true)
    public List<ClientOrganisationView> siteOwners(CurrentUser user, UUID siteId) {
        managedSite(user, siteId);
        return siteOwners(siteId);
    }

    public UUID createCategory(CurrentUser user, UUID siteId, String name) {
        managedSite(user, siteId);
        categories.lockSite(siteId);
        Category category = Category.create(siteId, name, categories.ofSite(siteId));
        try {
            categories.insert(category);
        } catch (DuplicateKeyException e) {
            throw new CatalogueRuleException(new Violation("name", "catalogue.category.name.taken", category.name()));
        }
        return category.id();
    }

    public void renameCategory(CurrentUser user, UUID siteId, UUID categoryId, String name) {
        managedSite(user, siteId);
        categories.lockSite(siteId);
        Category category = category(siteId, categoryId);
        category.rename(name, categories.ofSite(siteId));
        try {
            categories.update(category);
        } catch (DuplicateKeyException e) {
            throw new CatalogueRuleException(new Violation("name", "catalogue.category.name.taken", category.name()));
        }
        publish(user, offers.idsInCategory(categoryId));
    }

    /** Moves a category one place up or down in the site's list. */
    public void moveCategory(CurrentUser user, UUID siteId, UUID categoryId, boolean up) {
        managedSite(user, siteId);
        categories.lockSite(siteId);
        List<Category> ordered = new ArrayList<>(categories.ofSite(siteId));
        int index = indexOf(ordered, categoryId);
        int target = up ? index - 1 : index + 1;
        if (target < 0 || target >= ordered.size()) {
            return;
        }
        ordered.add(target, ordered.remove(index));
        for (int i = 0; i < ordered.size(); i++) {
            Category category = ordered.get(i);
            if (category.position() != i) {
                category.placeAt(i);
                categories.update(category);
            }
        }
    }

    /** Deactivating a category hides all its services from members; nothing is deleted. */
    public void setCategoryActive(CurrentUser user, UUID siteId, UUID categoryId, boolean active) {
        managedSite(user, siteId);
        Category category = category(siteId, categoryId);
        if (category.active() != active) {
            category.activate(active);
            categories.update(category);
            publish(user, offers.idsInCategory(categoryId));
        }
    }

    public UUID createService(CurrentUser user, UUID siteId, SiteService.Draft draft) {
        managedSite(user, siteId);
        SiteService service = SiteService.create(siteId, draft, categoryIds(siteId), serviceNames(siteId, null));
        try {
            services.insert(service);
        } catch (DuplicateKeyException e) {
            throw new CatalogueRuleException(new Violation("name", "catalogue.service.name.taken", service.name()));
        }
        return service.id();
    }

    public void updateService(CurrentUser user, UUID siteId, UUID serviceId, SiteService.Draft draft) {
        managedSite(user, siteId);
        SiteService service = services.find(siteId, serviceId).orElseThrow(() -> new NotFoundException("service"));
        service.revise(draft, categoryIds(siteId), serviceNames(siteId, serviceId));
        try {
            services.update(service);
        } catch (DuplicateKeyException e) {
            throw new CatalogueRuleException(new Violation("name", "catalogue.service.name.taken", service.name()));
        }
        publish(user, offers.idsOfService(serviceId));
    }

    public UUID createOffer(CurrentUser user, UUID siteId, Offer.Draft draft) {
        managedSite(user, siteId);
        Offer offer = Offer.create(siteId, draft, facts(siteId), Instant.now(clock));
        try {
            offers.insert(offer);
        } catch (DuplicateKeyException e) {
            throw new CatalogueRuleException(new Violation("providerId", "catalogue.offer.provider.duplicate"));
        }
        publish(user, List.of(offer.id()));
        return offer.id();
    }

    /** Changes an offer; orders already placed keep the price and payer split they froze. */
    public void updateOffer(CurrentUser user, UUID siteId, UUID offerId, Offer.Draft draft) {
        managedSite(user, siteId);
        Offer offer = offers.load(siteId, offerId).orElseThrow(() -> new NotFoundException("offer"));
        offer.revise(draft, facts(siteId), Instant.now(clock));
        try {
            offers.update(offer);
        } catch (DuplicateKeyException e) {
            throw new CatalogueRuleException(new Violation("providerId", "catalogue.offer.provider.duplicate"));
        }
        publish(user, List.of(offer.id()));
    }

    /** What the offer rules need to know about the site. */
    @Transactional(readOnly = true)
    public Offer.SiteFacts facts(UUID siteId) {
        return new Offer.SiteFacts(
                services.ofSite(siteId).stream().map(SiteService::id).collect(Collectors.toSet()),
                sites.providersServing(siteId).stream().map(ProviderView::id).collect(Collectors.toSet()),
                siteOwners(siteId).stream().map(ClientOrganisationView::id).collect(Collectors.toSet()));
    }

    private List<ClientOrganisationView> siteOwners(UUID siteId) {
        return sites.clientsOfSite(siteId).stream()
                .filter(ClientOrganisationView::active)
                .filter(client -> SITE_OWNER_KINDS.contains(client.kind()))
                .toList();
    }

    private Category category(UUID siteId, UUID categoryId) {
        return categories.find(siteId, categoryId).orElseThrow(() -> new NotFoundException("category"));
    }

    private static int indexOf(List<Category> ordered, UUID categoryId) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(categoryId)) {
                return i;
            }
        }
        throw new NotFoundException("category");
    }

    private Set<UUID> categoryIds(UUID siteId) {
        return categories.ofSite(siteId).stream().map(Category::id).collect(Collectors.toSet());
    }

    private Set<String> serviceNames(UUID siteId, UUID except) {
        return services.ofSite(siteId).stream()
                .filter(s -> !s.id().equals(except))
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private void publish(CurrentUser user, Collection<UUID> offerIds) {
        Instant now = Instant.now(clock);
        for (UUID offerId : offerIds) {
            offers.find(offerId)
                    .ifPresent(offer -> events.publishEvent(new OfferChanged(
                            offer.id(),
                            offer.siteId(),
                            offer.serviceId(),
                            offer.providerId(),
                            offer.priceModel(),
                            offer.unit(),
                            offer.price(),
                            offer.vatRate(),
                            offer.payerRule(),
                            offer.active(),
                            user.accountId(),
                            now)));
        }
    }
}
