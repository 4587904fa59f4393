package coop.relais.identity.internal;

import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.RoleGrant;
import java.util.UUID;
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
        String site = site(grant.siteId());
        String organisation = organisation(grant.organisationId());
        if (site.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? site : site + " · " + organisation;
    }
}
