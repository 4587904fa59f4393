package coop.relais.organisation.web;

import coop.relais.organisation.SiteKind;
import coop.relais.organisation.internal.Site;
import coop.relais.organisation.internal.SiteAdministration;
import coop.relais.organisation.internal.SiteDetails;
import coop.relais.shared.DomainException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The head office's pages for sites: list, create, edit, close and reopen. */
@Controller
@RequestMapping("/admin/sites")
class SiteAdminController {

    static final int PAGE_SIZE = 20;

    private final SiteAdministration sites;

    SiteAdminController(SiteAdministration sites) {
        this.sites = sites;
    }

    @ModelAttribute("siteKinds")
    SiteKind[] siteKinds() {
        return SiteKind.values();
    }

    @ModelAttribute("timeZones")
    java.util.List<String> timeZones() {
        return TimeZones.CHOICES;
    }

    @GetMapping
    String list(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "all") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(user, q, status, page, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping
    String listResults(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "all") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(user, q, status, page, model, true);
    }

    private String list(CurrentUser user, String q, String status, int page, Model model, boolean fragment) {
        String filter = Forms.status(status);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", filter);
        model.addAttribute(
                "page", sites.search(user, q, Forms.activeFilter(filter), new ResultPage.Request(page, PAGE_SIZE)));
        return fragment ? "organisation/admin/sites" + " :: results" : "organisation/admin/sites";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("siteForm", SiteForm.blank());
        return "organisation/admin/site-form";
    }

    @PostMapping
    String create(
            CurrentUser user,
            @Valid @ModelAttribute("siteForm") SiteForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        SiteDetails details = form.toDetails(result);
        if (details == null) {
            return "organisation/admin/site-form";
        }
        try {
            UUID id = sites.create(user, details);
            Flash.success(redirect, "organisation.site.created", details.name());
            return "redirect:/admin/sites/" + id;
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return "organisation/admin/site-form";
        }
    }

    @GetMapping("/{id}")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        Site site = sites.get(user, id);
        model.addAttribute("site", site);
        model.addAttribute("siteForm", SiteForm.of(site));
        return "organisation/admin/site-form";
    }

    @PostMapping("/{id}")
    String update(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("siteForm") SiteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Site site = sites.get(user, id);
        model.addAttribute("site", site);
        SiteDetails details = form.toDetails(result);
        if (details == null) {
            return "organisation/admin/site-form";
        }
        try {
            sites.change(user, id, details);
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return "organisation/admin/site-form";
        }
        Flash.success(redirect, "organisation.site.saved", details.name());
        return "redirect:/admin/sites/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Site site = sites.get(user, id);
        try {
            sites.deactivate(user, id);
            Flash.success(redirect, "organisation.site.deactivated", site.name());
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/sites/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Site site = sites.get(user, id);
        try {
            sites.reactivate(user, id);
            Flash.success(redirect, "organisation.site.reactivated", site.name());
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/sites/" + id;
    }
}
