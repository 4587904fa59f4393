package coop.relais.desk.web;

import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.SiteSelection;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The site whose desk the person works at now: the selected site if they are staff there, else their first. */
@Component
class DeskSite {

    private final SiteDirectory sites;

    DeskSite(SiteDirectory sites) {
        this.sites = sites;
    }

    SiteView current(CurrentUser user) {
        UUID workplace = SiteSelection.currentWorkplace(user).orElse(null);
        if (workplace != null) {
            return sites.find(workplace).orElseThrow(() -> new AccessDeniedException("no desk"));
        }
        if (user.isAdmin()) {
            return sites.visibleSites(user).stream()
                    .findFirst()
                    .orElseThrow(() -> new AccessDeniedException("no site"));
        }
        throw new AccessDeniedException("Not desk staff");
    }

    static boolean isStaff(CurrentUser user) {
        return user.isAdmin() || !user.staffSites().isEmpty();
    }
}
