package coop.relais.home.web;

import coop.relais.identity.AccountDirectory;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.HomeNews;
import coop.relais.shared.web.SiteSelection;
import coop.relais.shared.web.WaitingItem;
import coop.relais.shared.web.WaitingWork;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: first what waits for the person (parcels, orders ready, work at the desk), gathered
 * from every module's {@link WaitingWork}; then their site, its hours folded.
 */
@Controller
class HomeController {

    private final SiteDirectory sites;
    private final AccountDirectory accounts;
    private final List<WaitingWork> waitingWork;
    private final List<HomeNews> news;

    HomeController(
            SiteDirectory sites,
            AccountDirectory accounts,
            ObjectProvider<WaitingWork> waitingWork,
            ObjectProvider<HomeNews> news) {
        this.sites = sites;
        this.accounts = accounts;
        this.waitingWork = waitingWork.orderedStream().toList();
        this.news = news.orderedStream().toList();
    }

    /** Where a person with nothing waiting goes next, with the words of the link. */
    record NextStep(String messageKey, String href) {}

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
        UUID siteId = SiteSelection.current(user)
                .flatMap(sites::find)
                .map(SiteView::id)
                .orElse(null);
        SiteSelection.current(user).flatMap(sites::find).ifPresent(site -> {
            model.addAttribute("site", site);
            model.addAttribute("openingHours", sites.openingHours(site.id()));
            if (user.worksAt(site.id())) {
                model.addAttribute("memberCount", accounts.countWithRoleAtSite(Role.MEMBER, site.id()));
            }
        });
        model.addAttribute("waiting", waiting(user, siteId));
        model.addAttribute(
                "news",
                news.stream().flatMap(n -> n.newsFor(user, siteId).stream()).toList());
        model.addAttribute("nextStep", nextStep(user, siteId));
        return "home/home";
    }

    private List<WaitingItem> waiting(CurrentUser user, UUID siteId) {
        return waitingWork.stream()
                .flatMap(work -> work.waitingFor(user, siteId).stream())
                .filter(item -> item.count() > 0)
                .sorted(Comparator.comparing(WaitingItem::urgent).reversed())
                .toList();
    }

    private static NextStep nextStep(CurrentUser user, UUID siteId) {
        if (siteId != null && user.worksAt(siteId) && !user.isAdmin()) {
            return new NextStep("home.next.desk", "/desk");
        }
        if (user.has(Role.MEMBER)) {
            return new NextStep("home.next.catalogue", "/catalogue");
        }
        if (user.has(Role.PROVIDER)) {
            return new NextStep("home.next.jobs", "/provider/jobs");
        }
        if (user.has(Role.CLIENT_ADMIN)) {
            return new NextStep("home.next.requests", "/requests");
        }
        return null;
    }
}
