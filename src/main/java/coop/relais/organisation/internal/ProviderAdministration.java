package coop.relais.organisation.internal;

import coop.relais.organisation.ProviderView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to provider organisations by the head office; each change is announced to other modules. */
@Service
@Transactional
public class ProviderAdministration {

    private final ProviderRepository providers;
    private final SiteRepository sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderAdministration(
            ProviderRepository providers, SiteRepository sites, ApplicationEventPublisher events, Clock clock) {
        this.providers = providers;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<ProviderView> search(CurrentUser actor, String query, Boolean active, ResultPage.Request page) {
        Admins.require(actor);
        return providers.search(query, active, page);
    }

    @Transactional(readOnly = true)
    public ProviderOrganisation get(CurrentUser actor, UUID id) {
        Admins.require(actor);
        return providers.find(id).orElseThrow(() -> new NotFoundException("provider"));
    }

    public UUID register(CurrentUser actor, ProviderDetails details, Set<UUID> siteIds) {
        Admins.require(actor);
        checkSites(siteIds);
        Instant now = Instant.now(clock);
        ProviderOrganisation provider = ProviderOrganisation.register(UUID.randomUUID(), details, siteIds, now);
        providers.insert(provider);
        events.publishEvent(provider.changed(now));
        return provider.id();
    }

    /** Changes the provider; {@code siteIds} null keeps the sites it serves. */
    public void change(CurrentUser actor, UUID id, ProviderDetails details, Set<UUID> siteIds) {
        change(actor, id, details, siteIds, null);
    }

    /** As {@link #change(CurrentUser, UUID, ProviderDetails, Set)}, deactivating or reactivating when asked. */
    public void change(CurrentUser actor, UUID id, ProviderDetails details, Set<UUID> siteIds, Boolean active) {
        Admins.require(actor);
        ProviderOrganisation provider = load(id);
        provider.change(details);
        if (siteIds != null) {
            checkSites(siteIds);
            provider.serveOnly(siteIds);
        }
        if (Boolean.FALSE.equals(active) && provider.active()) {
            provider.deactivate();
        } else if (Boolean.TRUE.equals(active) && !provider.active()) {
            provider.reactivate();
        }
        save(provider);
    }

    @Transactional(readOnly = true)
    public boolean exists(CurrentUser actor, UUID id) {
        Admins.require(actor);
        return providers.find(id).isPresent();
    }

    public void deactivate(CurrentUser actor, UUID id) {
        Admins.require(actor);
        ProviderOrganisation provider = load(id);
        provider.deactivate();
        save(provider);
    }

    public void reactivate(CurrentUser actor, UUID id) {
        Admins.require(actor);
        ProviderOrganisation provider = load(id);
        provider.reactivate();
        save(provider);
    }

    private void save(ProviderOrganisation provider) {
        providers.update(provider);
        events.publishEvent(provider.changed(Instant.now(clock)));
    }

    private ProviderOrganisation load(UUID id) {
        return providers.lock(id).orElseThrow(() -> new NotFoundException("provider"));
    }

    private void checkSites(Set<UUID> siteIds) {
        for (UUID siteId : siteIds) {
            if (siteId == null || !sites.exists(siteId)) {
                throw DomainException.invalid("organisation.provider.unknownSite");
            }
        }
    }
}
