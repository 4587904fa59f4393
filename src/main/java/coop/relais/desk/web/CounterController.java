package coop.relais.desk.web;

import coop.relais.desk.CopierManagement;
import coop.relais.desk.DeskJournal;
import coop.relais.desk.ParcelManagement;
import coop.relais.desk.ParcelRecipients;
import coop.relais.desk.RequestManagement;
import coop.relais.organisation.SiteView;
import coop.relais.shared.security.CurrentUser;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Counter mode: the desk's home screen with one big button per task, and "find a member". */
@Controller
class CounterController {

    private final ParcelManagement parcels;
    private final ParcelRecipients recipients;
    private final RequestManagement requests;
    private final DeskJournal journal;
    private final CopierManagement copiers;
    private final DeskSite deskSite;

    CounterController(
            ParcelManagement parcels,
            ParcelRecipients recipients,
            RequestManagement requests,
            DeskJournal journal,
            CopierManagement copiers,
            DeskSite deskSite) {
        this.parcels = parcels;
        this.recipients = recipients;
        this.requests = requests;
        this.journal = journal;
        this.copiers = copiers;
        this.deskSite = deskSite;
    }

    @GetMapping("/desk")
    String counter(CurrentUser user, Model model) {
        SiteView site = deskSite.current(user);
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("summary", parcels.summary(user, site.id()));
        model.addAttribute("openRequests", requests.openCount(user, site.id()));
        model.addAttribute("day", journal.day(user, site.id(), null));
        model.addAttribute("copiers", copiers.sharesCopiers(site.id()));
        return "desk/counter";
    }

    @GetMapping("/desk/members")
    String members(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        return members(user, q, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/desk/members")
    String membersResults(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        return members(user, q, model, true);
    }

    private String members(CurrentUser user, String q, Model model, boolean fragment) {
        SiteView site = deskSite.current(user);
        String query = q == null ? "" : q.strip();
        model.addAttribute("site", site);
        model.addAttribute("q", query);
        model.addAttribute(
                "results", query.isEmpty() ? List.of() : recipients.searchRecipients(user, site.id(), query));
        if (fragment) {
            return "desk/members :: results";
        }
        return "desk/members";
    }
}
