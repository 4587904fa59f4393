package coop.relais.organisation.web;

import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.SiteSelection;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SiteSwitchController {

    private final SiteDirectory sites;

    SiteSwitchController(SiteDirectory sites) {
        this.sites = sites;
    }

    /** Switches the site the person works on; only to a site they may see. */
    @PostMapping("/site/select")
    String select(CurrentUser user, @RequestParam UUID siteId, @RequestParam(required = false) String back) {
        sites.visibleSite(user, siteId);
        SiteSelection.select(siteId);
        // Back to the page that offered the switch, if it is one of ours (a path, never another host).
        boolean local = back != null && back.matches("/[A-Za-z0-9/_-]*") && !back.startsWith("//");
        return "redirect:" + (local ? back : "/");
    }
}
