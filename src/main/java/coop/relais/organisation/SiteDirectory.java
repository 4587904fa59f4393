package coop.relais.organisation;

import coop.relais.organisation.internal.OrganisationRepository;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to sites, providers and client organisations for other modules. */
@Service
@Transactional(readOnly = true)
public class SiteDirectory {

    private final OrganisationRepository repository;

    SiteDirectory(OrganisationRepository repository) {
        this.repository = repository;
    }

    /** A site by id, for system use; no scope check. */
    public Optional<SiteView> find(UUID siteId) {
        return repository.findSite(siteId);
    }

    /** A site the user may see (404 otherwise, so other sites' ids reveal nothing). */
    public SiteView visibleSite(CurrentUser user, UUID siteId) {
        if (!(user.isAdmin() || user.belongsTo(siteId) || servesViaOrganisation(user, siteId))) {
            throw new NotFoundException("site");
        }
        return repository.findSite(siteId).orElseThrow(() -> new NotFoundException("site"));
    }

    /** The sites the user may see: all for an admin, else the sites of their grants and organisations. */
    public List<SiteView> visibleSites(CurrentUser user) {
        if (user.isAdmin()) {
            return repository.allSites();
        }
        return repository.allSites().stream()
                .filter(site -> user.belongsTo(site.id()) || servesViaOrganisation(user, site.id()))
                .toList();
    }

    /** The site's time zone, in which its times are shown (the default zone for an unknown site). */
    public ZoneId zoneOf(UUID siteId) {
        return siteId == null
                ? Zones.DEFAULT
                : repository.findSite(siteId).map(SiteView::timeZone).orElse(Zones.DEFAULT);
    }

    /**
     * The reader's time zone, for times that belong to no site (their notices, an outbox): the zone of
     * the first site they belong to, else the default.
     */
    public ZoneId zoneOf(CurrentUser reader) {
        return reader.grants().stream()
                .map(grant -> grant.siteId())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(this::zoneOf)
                .orElse(Zones.DEFAULT);
    }

    public List<OpeningHours> openingHours(UUID siteId) {
        return repository.openingHours(siteId);
    }

    public Optional<ProviderView> findProvider(UUID providerId) {
        return repository.findProvider(providerId);
    }

    /** Active providers that serve the site. */
    public List<ProviderView> providersServing(UUID siteId) {
        return repository.providersServing(siteId);
    }

    public boolean providerServes(UUID providerId, UUID siteId) {
        return repository.providerServes(providerId, siteId);
    }

    public Optional<ClientOrganisationView> findClient(UUID organisationId) {
        return repository.findClient(organisationId);
    }

    /** Client organisations with a contract at the site. */
    public List<ClientOrganisationView> clientsOfSite(UUID siteId) {
        return repository.clientsOfSite(siteId);
    }

    /** Sites where the client organisation has a contract. */
    public List<UUID> sitesOfClient(UUID organisationId) {
        return repository.sitesOfClient(organisationId);
    }

    /** The client organisation that approved this e-mail domain, if any. */
    public Optional<ClientOrganisationView> clientApprovingDomain(String domain) {
        return repository.clientApprovingDomain(domain);
    }

    public long countSites() {
        return repository.countSites();
    }

    public long countClients() {
        return repository.countClients();
    }

    public long countProviders() {
        return repository.countProviders();
    }

    private boolean servesViaOrganisation(CurrentUser user, UUID siteId) {
        for (UUID providerId : user.organisationsWhere(coop.relais.shared.security.Role.PROVIDER)) {
            if (repository.providerServes(providerId, siteId)) {
                return true;
            }
        }
        for (UUID clientId : user.organisationsWhere(coop.relais.shared.security.Role.CLIENT_ADMIN)) {
            if (repository.sitesOfClient(clientId).contains(siteId)) {
                return true;
            }
        }
        return false;
    }
}
