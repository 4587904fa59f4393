package coop.relais.organisation.web;

import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.organisation.WeeklyOpeningHours;
import coop.relais.organisation.internal.Site;
import coop.relais.organisation.internal.SiteAdministration;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mon site": a site manager keeps their own site's phone, e-mail and opening hours up to date. */
@Controller
@RequestMapping("/manage/site")
class SiteManagerController {

    private static final String PAGE = "organisation/manage/site";

    private final SiteAdministration sites;
    private final SiteDirectory directory;

    SiteManagerController(SiteAdministration sites, SiteDirectory directory) {
        this.sites = sites;
        this.directory = directory;
    }

    @GetMapping
    String show(CurrentUser user, @RequestParam(required = false) UUID siteId, Model model) {
        Optional<UUID> chosen = siteId != null ? Optional.of(siteId) : defaultSite(user);
        if (chosen.isEmpty()) {
            if (!user.isAdmin()) {
                throw new AccessDeniedException("Not a site manager");
            }
            model.addAttribute("choices", managedSites(user));
            return PAGE;
        }
        Site site = sites.managed(user, chosen.get());
        model.addAttribute("deskForm", DeskForm.of(site));
        return page(user, site, model);
    }

    @PostMapping
    String save(
            CurrentUser user,
            @RequestParam UUID siteId,
            @Valid @ModelAttribute("deskForm") DeskForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Site site = sites.managed(user, siteId);
        WeeklyOpeningHours hours = DayHours.toHours(form.days(), result, "days");
        if (result.hasErrors()) {
            return page(user, site, model);
        }
        try {
            sites.changeDesk(user, siteId, form.phone(), form.email(), hours);
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return page(user, site, model);
        }
        Flash.success(redirect, "organisation.manage.saved", site.name());
        return "redirect:/manage/site?siteId=" + siteId;
    }

    private String page(CurrentUser user, Site site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("choices", managedSites(user));
        return PAGE;
    }

    private Optional<UUID> defaultSite(CurrentUser user) {
        Optional<UUID> selected = SiteSelection.current(user).filter(user::manages);
        return selected.isPresent()
                ? selected
                : user.sitesWhere(Role.SITE_MANAGER).stream().findFirst();
    }

    private List<SiteView> managedSites(CurrentUser user) {
        return directory.visibleSites(user).stream()
                .filter(s -> user.manages(s.id()))
                .toList();
    }
}
