package coop.relais.desk.internal;

import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Scope checks shared by the desk's facades: the desk of a site is for the people who work there. */
@Component
public class DeskSites {

    private final SiteDirectory sites;
    private final Clock clock;

    DeskSites(SiteDirectory sites, Clock clock) {
        this.sites = sites;
        this.clock = clock;
    }

    /** The site, if the actor works there (concierge, site manager, admin); "not found" otherwise. */
    public SiteView staffSite(CurrentUser actor, UUID siteId) {
        if (siteId == null || !actor.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        return sites.find(siteId).orElseThrow(() -> new NotFoundException("site"));
    }

    /** The site, if the actor manages it; 403 for its other staff, 404 for everyone else. */
    public SiteView managedSite(CurrentUser actor, UUID siteId) {
        SiteView site = staffSite(actor, siteId);
        if (!actor.manages(siteId)) {
            throw new AccessDeniedException("Only the site manager may do this");
        }
        return site;
    }

    public SiteView site(UUID siteId) {
        return sites.find(siteId).orElseThrow(() -> new NotFoundException("site"));
    }

    /** Today at the site, in its time zone. */
    public LocalDate today(SiteView site) {
        return LocalDate.ofInstant(clock.instant(), site.timeZone());
    }
}
