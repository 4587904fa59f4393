package coop.relais.booking.web;

import coop.relais.booking.Bookings;
import coop.relais.booking.ResourceEditor;
import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site manager's pages for the site's resources: the list, a form to add one of a kind (room, vehicle,
 * equipment) and to change its rules, and archiving it.
 */
@Controller
class ResourceEditorController {

    private final Bookings bookings;
    private final ResourceEditor editor;

    ResourceEditorController(Bookings bookings, ResourceEditor editor) {
        this.bookings = bookings;
        this.editor = editor;
    }

    @GetMapping("/bookings/manage")
    String list(CurrentUser user, Model model) {
        UUID site = site(user);
        model.addAttribute("resources", bookings.resources(user, site));
        return "booking/manage";
    }

    @GetMapping("/bookings/manage/new")
    String create(CurrentUser user, @RequestParam(required = false) String kind, Model model) {
        site(user);
        ResourceKind chosen;
        try {
            chosen = kind == null ? ResourceKind.ROOM : ResourceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            chosen = ResourceKind.ROOM;
        }
        return form(model, null, ResourceForm.blank(chosen), chosen, editor.companiesOf(site(user)));
    }

    @PostMapping("/bookings/manage/new")
    String save(CurrentUser user, @ModelAttribute ResourceForm form, Model model, RedirectAttributes redirect) {
        UUID site = site(user);
        ResourceKind kind = kindOf(form);
        try {
            ResourceView made = editor.create(user, site, form.draft());
            Flash.success(redirect, "booking.flash.resourceCreated", made.name());
            return "redirect:/bookings/manage";
        } catch (DomainException refusal) {
            model.addAttribute("refusal", refusal);
            return form(model, null, form, kind, editor.companiesOf(site));
        }
    }

    @GetMapping("/bookings/manage/{id}")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        ResourceView resource = editor.managed(user, id);
        return form(
                model,
                resource,
                ResourceForm.of(resource, editor.vatRate(id)),
                resource.kind(),
                editor.companiesOf(resource.siteId()));
    }

    @PostMapping("/bookings/manage/{id}")
    String update(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ResourceForm form,
            Model model,
            RedirectAttributes redirect) {
        ResourceView resource = editor.managed(user, id);
        try {
            ResourceView saved = editor.update(user, id, form.draft());
            Flash.success(redirect, "booking.flash.resourceSaved", saved.name());
            return "redirect:/bookings/manage";
        } catch (DomainException refusal) {
            model.addAttribute("refusal", refusal);
            return form(model, resource, form, resource.kind(), editor.companiesOf(resource.siteId()));
        }
    }

    @PostMapping("/bookings/manage/{id}/archive")
    String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            ResourceView resource = editor.managed(user, id);
            editor.archive(user, id);
            Flash.success(redirect, "booking.flash.resourceArchived", resource.name());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/bookings/manage";
    }

    private static ResourceKind kindOf(ResourceForm form) {
        try {
            return form.kind() == null ? ResourceKind.ROOM : ResourceKind.valueOf(form.kind());
        } catch (IllegalArgumentException e) {
            return ResourceKind.ROOM;
        }
    }

    private static String form(
            Model model,
            ResourceView resource,
            ResourceForm form,
            ResourceKind kind,
            List<ClientOrganisationView> companies) {
        model.addAttribute("resource", resource);
        model.addAttribute("companies", companies);
        model.addAttribute("form", form);
        model.addAttribute("kind", kind);
        return "booking/resource-form";
    }

    private static UUID site(CurrentUser user) {
        return SiteSelection.currentWorkplace(user)
                .filter(site -> user.hasAt(Role.SITE_MANAGER, site))
                .orElseThrow(() -> new NotFoundException("site"));
    }
}
