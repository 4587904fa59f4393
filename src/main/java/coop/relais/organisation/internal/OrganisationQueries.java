package coop.relais.organisation.internal;

import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations a person may see: all for an admin; their own for a client admin or provider
 * staff; for the staff of a site, the client organisations with a contract there and the providers
 * serving it.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationQueries {

    private final ClientRepository clients;
    private final ProviderRepository providers;

    OrganisationQueries(ClientRepository clients, ProviderRepository providers) {
        this.clients = clients;
        this.providers = providers;
    }

    public List<ClientOrganisation> visibleClients(CurrentUser user) {
        return clients.findAll(visibleClientIds(user));
    }

    public List<ProviderOrganisation> visibleProviders(CurrentUser user) {
        return providers.findAll(visibleProviderIds(user));
    }

    public List<UUID> sitesOfClient(UUID clientId) {
        return clients.siteIdsOf(clientId);
    }

    /** A client organisation or a provider by id, if the person may see it; 404 otherwise. */
    public Object visible(CurrentUser user, UUID id) {
        if (visibleClientIds(user).contains(id)) {
            return clients.find(id).orElseThrow(() -> new NotFoundException("organisation"));
        }
        if (visibleProviderIds(user).contains(id)) {
            return providers.find(id).orElseThrow(() -> new NotFoundException("organisation"));
        }
        throw new NotFoundException("organisation");
    }

    private Set<UUID> visibleClientIds(CurrentUser user) {
        if (user.isAdmin()) {
            return new LinkedHashSet<>(clients.allIds());
        }
        Set<UUID> ids = new LinkedHashSet<>(user.organisationsWhere(Role.CLIENT_ADMIN));
        ids.addAll(clients.idsWithContractAt(user.staffSites()));
        return ids;
    }

    private Set<UUID> visibleProviderIds(CurrentUser user) {
        if (user.isAdmin()) {
            return new LinkedHashSet<>(providers.allIds());
        }
        Set<UUID> ids = new LinkedHashSet<>(user.organisationsWhere(Role.PROVIDER));
        ids.addAll(providers.idsServing(user.staffSites()));
        return ids;
    }
}
