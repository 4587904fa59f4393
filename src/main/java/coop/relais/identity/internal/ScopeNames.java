package coop.relais.identity.internal;

import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.RoleGrant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Names of the sites and organisations that scope roles, for pages and e-mails. */
@Component
public class ScopeNames {

    private final SiteDirectory sites;

    ScopeNames(SiteDirectory sites) {
        this.sites = sites;
    }

    public String site(UUID siteId) {
        return siteId == null ? "" : sites.find(siteId).map(SiteView::name).orElse("");
    }

    public String organisation(UUID organisationId) {
        if (organisationId == null) {
            return "";
        }
        return sites.findClient(organisationId)
                .map(ClientOrganisationView::legalName)
                .or(() -> sites.findProvider(organisationId).map(ProviderView::name))
                .orElse("");
    }

    /** "Site" or "Organisation" or "Site · Organisation", whatever the grant names. */
    public String scope(RoleGrant grant) {
        return scope(grant, this::site, this::organisation);
    }

    /**
     * {@link #scope} for a list of many grants: each site and organisation is looked up once, however
     * many grants name it (a team page names its site on every line).
     */
    public Function<RoleGrant, String> memoised() {
        Map<UUID, String> siteNames = new HashMap<>();
        Map<UUID, String> organisationNames = new HashMap<>();
        return grant -> scope(
                grant,
                id -> id == null ? "" : siteNames.computeIfAbsent(id, this::site),
                id -> id == null ? "" : organisationNames.computeIfAbsent(id, this::organisation));
    }

    private static String scope(
            RoleGrant grant, Function<UUID, String> siteName, Function<UUID, String> organisationName) {
        String site = siteName.apply(grant.siteId());
        String organisation = organisationName.apply(grant.organisationId());
        if (site.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? site : site + " · " + organisation;
    }
}
