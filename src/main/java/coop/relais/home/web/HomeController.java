package coop.relais.home.web;

import coop.relais.identity.AccountDirectory;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.SiteSelection;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final SiteDirectory sites;
    private final AccountDirectory accounts;

    HomeController(SiteDirectory sites, AccountDirectory accounts) {
        this.sites = sites;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        if (user.isAdmin()) {
            model.addAttribute("siteCount", sites.countSites());
            model.addAttribute("clientCount", sites.countClients());
            model.addAttribute("providerCount", sites.countProviders());
            model.addAttribute("accountCount", accounts.countAccounts());
        }
        List<SiteView> visible = sites.visibleSites(user);
        model.addAttribute("sites", visible);
        SiteSelection.current(user).flatMap(sites::find).ifPresent(site -> {
            model.addAttribute("site", site);
            model.addAttribute("openingHours", sites.openingHours(site.id()));
            if (user.worksAt(site.id())) {
                model.addAttribute(
                        "memberCount",
                        accounts.countWithRoleAtSite(coop.relais.shared.security.Role.MEMBER, site.id()));
            }
        });
        return "home/home";
    }
}
