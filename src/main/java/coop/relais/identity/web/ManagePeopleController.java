package coop.relais.identity.web;

import coop.relais.identity.internal.InvitationService;
import coop.relais.identity.internal.PeopleService;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Site managers: the members and concierges of the sites they manage, the invitations pending there,
 * and taking a member or concierge role back. Another site's people are "not found".
 */
@Controller
class ManagePeopleController {

    private final PeopleService people;
    private final InvitationService invitations;
    private final SiteDirectory sites;

    ManagePeopleController(PeopleService people, InvitationService invitations, SiteDirectory sites) {
        this.people = people;
        this.invitations = invitations;
        this.sites = sites;
    }

    @GetMapping("/manage/people")
    String team(
            CurrentUser user,
            @RequestParam(required = false) UUID site,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return team(user, site, q, page, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/manage/people")
    String teamResults(
            CurrentUser user,
            @RequestParam(required = false) UUID site,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return team(user, site, q, page, model, true);
    }

    private String team(CurrentUser user, UUID site, String q, int page, Model model, boolean fragment) {
        List<SiteView> managed = managedSites(user);
        UUID siteId = site != null ? site : defaultSite(user, managed);
        String query = q == null ? "" : (q.length() > 200 ? q.substring(0, 200) : q);
        model.addAttribute("people", people.team(user, siteId, query, page, AdminPeopleController.PAGE_SIZE));
        model.addAttribute("site", sites.visibleSite(user, siteId));
        model.addAttribute("managedSites", managed);
        model.addAttribute("q", query);
        model.addAttribute("revocable", Set.of(Role.MEMBER, Role.CONCIERGE));
        if (fragment) {
            return "identity/manage-people :: results";
        }
        model.addAttribute("invitations", invitations.open(user, List.of(siteId), 0, 50));
        return "identity/manage-people";
    }

    @PostMapping("/manage/people/roles/{grantId}/revoke")
    String revoke(CurrentUser user, @PathVariable UUID grantId, @RequestParam UUID site, RedirectAttributes redirect) {
        requireManager(user);
        try {
            people.revoke(user, grantId);
            Flash.success(redirect, "identity.people.revoked");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        redirect.addAttribute("site", site);
        return "redirect:/manage/people";
    }

    @PostMapping("/manage/people/invitations/{id}/revoke")
    String revokeInvitation(
            CurrentUser user, @PathVariable UUID id, @RequestParam UUID site, RedirectAttributes redirect) {
        requireManager(user);
        try {
            invitations.revoke(user, id);
            Flash.success(redirect, "identity.invitation.revoked");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        redirect.addAttribute("site", site);
        return "redirect:/manage/people";
    }

    private List<SiteView> managedSites(CurrentUser user) {
        requireManager(user);
        return sites.visibleSites(user).stream()
                .filter(s -> user.manages(s.id()))
                .toList();
    }

    private static UUID defaultSite(CurrentUser user, List<SiteView> managed) {
        return SiteSelection.current(user)
                .filter(user::manages)
                .or(() -> managed.stream().map(SiteView::id).findFirst())
                .orElseThrow(() -> new NotFoundException("site"));
    }

    private static void requireManager(CurrentUser user) {
        if (!user.isAdmin() && !user.has(Role.SITE_MANAGER)) {
            throw new AccessDeniedException("Site managers only");
        }
    }
}
