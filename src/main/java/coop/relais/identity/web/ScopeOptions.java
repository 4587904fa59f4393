package coop.relais.identity.web;

import coop.relais.identity.internal.GrantRules;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of role, site and organisation a person may give, for the invitation and role forms. */
@Component
class ScopeOptions {

    private final SiteDirectory sites;

    ScopeOptions(SiteDirectory sites) {
        this.sites = sites;
    }

    /** Puts {@code roles}, {@code sites}, {@code providers} and {@code clients} in the model. */
    void addTo(Model model, CurrentUser user) {
        model.addAttribute("roles", List.copyOf(GrantRules.grantableBy(user)));
        model.addAttribute("sites", sitesFor(user));
        model.addAttribute("providers", user.isAdmin() ? allProviders(user) : List.of());
        model.addAttribute("clients", clientsFor(user));
    }

    /**
     * Whom a client organisation's contact invites, in the words of the menu: a social landlord its
     * tenants, an employer its employees, anyone else people.
     */
    String audienceOf(CurrentUser user) {
        Set<String> kinds = user.organisationsWhere(Role.CLIENT_ADMIN).stream()
                .flatMap(id -> sites.findClient(id).stream())
                .map(ClientOrganisationView::kind)
                .collect(java.util.stream.Collectors.toSet());
        if (kinds.contains("SOCIAL_LANDLORD")) {
            return "identity.nav.inviteTenants";
        }
        return kinds.contains("EMPLOYER") ? "identity.nav.inviteEmployees" : "identity.nav.invitePeople";
    }

    /** Sites where the person may give a role. */
    List<SiteView> sitesFor(CurrentUser user) {
        List<UUID> clientSites = new ArrayList<>();
        for (UUID organisation : user.organisationsWhere(Role.CLIENT_ADMIN)) {
            clientSites.addAll(sites.sitesOfClient(organisation));
        }
        return sites.visibleSites(user).stream()
                .filter(site -> user.manages(site.id()) || clientSites.contains(site.id()))
                .toList();
    }

    private List<ClientOrganisationView> clientsFor(CurrentUser user) {
        Map<UUID, ClientOrganisationView> clients = new LinkedHashMap<>();
        if (user.isAdmin() || user.has(Role.SITE_MANAGER)) {
            for (SiteView site : sitesFor(user)) {
                sites.clientsOfSite(site.id()).forEach(client -> clients.putIfAbsent(client.id(), client));
            }
        }
        for (UUID organisation : user.organisationsWhere(Role.CLIENT_ADMIN)) {
            sites.findClient(organisation).ifPresent(client -> clients.putIfAbsent(client.id(), client));
        }
        return clients.values().stream()
                .sorted(Comparator.comparing(ClientOrganisationView::legalName))
                .toList();
    }

    /** Providers serving any site (an admin sees every site). */
    private List<ProviderView> allProviders(CurrentUser admin) {
        Map<UUID, ProviderView> providers = new LinkedHashMap<>();
        for (SiteView site : sites.visibleSites(admin)) {
            sites.providersServing(site.id()).forEach(provider -> providers.putIfAbsent(provider.id(), provider));
        }
        return providers.values().stream()
                .sorted(Comparator.comparing(ProviderView::name))
                .toList();
    }
}
