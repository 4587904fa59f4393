package coop.relais.organisation.web;

import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUsers;
import coop.relais.shared.web.ApiRequests;
import coop.relais.shared.web.SiteSelection;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout the current site's name and, for people of several sites, the site switcher. */
@ControllerAdvice(annotations = Controller.class)
class SiteSwitchAdvice {

    private final SiteDirectory sites;

    SiteSwitchAdvice(SiteDirectory sites) {
        this.sites = sites;
    }

    @ModelAttribute("currentSite")
    SiteView currentSite(HttpServletRequest request) {
        if (ApiRequests.isApi(request)) {
            return null;
        }
        return CurrentUsers.current()
                .flatMap(SiteSelection::current)
                .flatMap(sites::find)
                .orElse(null);
    }

    /** The reader's time zone, for times that belong to no site (their first site's, or the default). */
    @ModelAttribute("readerZone")
    java.time.ZoneId readerZone(HttpServletRequest request) {
        if (ApiRequests.isApi(request)) {
            return null;
        }
        return CurrentUsers.current().map(sites::zoneOf).orElse(coop.relais.shared.Zones.DEFAULT);
    }

    @ModelAttribute("switchableSites")
    List<SiteView> switchableSites(HttpServletRequest request) {
        if (ApiRequests.isApi(request)) {
            return List.of();
        }
        return CurrentUsers.current().map(this::switchable).orElse(List.of());
    }

    private List<SiteView> switchable(CurrentUser user) {
        List<SiteView> visible = user.isAdmin()
                ? sites.visibleSites(user)
                : sites.visibleSites(user).stream()
                        .filter(s -> user.belongsTo(s.id()))
                        .toList();
        return visible.size() > 1 ? visible : List.of();
    }
}
