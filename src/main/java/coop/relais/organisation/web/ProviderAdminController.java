package coop.relais.organisation.web;

import coop.relais.organisation.ProviderKind;
import coop.relais.organisation.internal.ProviderAdministration;
import coop.relais.organisation.internal.ProviderDetails;
import coop.relais.organisation.internal.ProviderOrganisation;
import coop.relais.organisation.internal.SiteAdministration;
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

/** The head office's pages for partner providers. */
@Controller
@RequestMapping("/admin/providers")
class ProviderAdminController {

    private static final String LIST = "organisation/admin/providers";
    private static final String FORM = "organisation/admin/provider-form";

    private final ProviderAdministration providers;
    private final SiteAdministration sites;

    ProviderAdminController(ProviderAdministration providers, SiteAdministration sites) {
        this.providers = providers;
        this.sites = sites;
    }

    @ModelAttribute("providerKinds")
    ProviderKind[] providerKinds() {
        return ProviderKind.values();
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
                "page",
                providers.search(
                        user,
                        q,
                        Forms.activeFilter(filter),
                        new ResultPage.Request(page, SiteAdminController.PAGE_SIZE)));
        return fragment ? LIST + " :: results" : LIST;
    }

    @GetMapping("/new")
    String create(CurrentUser user, Model model) {
        model.addAttribute("providerForm", ProviderForm.blank());
        model.addAttribute("sites", sites.all(user));
        return FORM;
    }

    @PostMapping
    String create(
            CurrentUser user,
            @Valid @ModelAttribute("providerForm") ProviderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("sites", sites.all(user));
        ProviderDetails details = form.toDetails(result);
        if (details == null) {
            return FORM;
        }
        try {
            UUID id = providers.register(user, details, form.sites());
            Flash.success(redirect, "organisation.provider.created", details.name());
            return "redirect:/admin/providers/" + id;
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        ProviderOrganisation provider = providers.get(user, id);
        model.addAttribute("provider", provider);
        model.addAttribute("providerForm", ProviderForm.of(provider));
        model.addAttribute("sites", sites.all(user));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("providerForm") ProviderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("provider", providers.get(user, id));
        model.addAttribute("sites", sites.all(user));
        ProviderDetails details = form.toDetails(result);
        if (details == null) {
            return FORM;
        }
        try {
            providers.change(user, id, details, form.sites());
        } catch (DomainException e) {
            Forms.reject(result, null, e);
            return FORM;
        }
        Flash.success(redirect, "organisation.provider.saved", details.name());
        return "redirect:/admin/providers/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ProviderOrganisation provider = providers.get(user, id);
        try {
            providers.deactivate(user, id);
            Flash.success(
                    redirect,
                    "organisation.provider.deactivated",
                    provider.details().name());
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/providers/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ProviderOrganisation provider = providers.get(user, id);
        try {
            providers.reactivate(user, id);
            Flash.success(
                    redirect,
                    "organisation.provider.reactivated",
                    provider.details().name());
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/providers/" + id;
    }
}
