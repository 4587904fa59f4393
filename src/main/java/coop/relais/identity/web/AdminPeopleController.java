package coop.relais.identity.web;

import coop.relais.identity.internal.AuditAction;
import coop.relais.identity.internal.AuditLog;
import coop.relais.identity.internal.PeopleService;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import coop.relais.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: everyone's accounts and roles ({@code /admin/people}) and the audit log ({@code /admin/audit}). */
@Controller
class AdminPeopleController {

    static final int PAGE_SIZE = 20;

    private final PeopleService people;
    private final ScopeOptions options;
    private final AuditLog audit;
    private final SiteDirectory sites;

    AdminPeopleController(PeopleService people, ScopeOptions options, AuditLog audit, SiteDirectory sites) {
        this.sites = sites;
        this.people = people;
        this.options = options;
        this.audit = audit;
    }

    record GrantForm(String role, String siteId, String organisationId) {}

    @GetMapping("/admin/people")
    String search(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return search(user, q, page, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/admin/people")
    String searchResults(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return search(user, q, page, model, true);
    }

    private String search(CurrentUser user, String q, int page, Model model, boolean fragment) {
        String query = q == null ? "" : (q.length() > 200 ? q.substring(0, 200) : q);
        model.addAttribute("q", query);
        model.addAttribute("people", people.search(user, query, page, PAGE_SIZE));
        return fragment ? "identity/admin-people :: results" : "identity/admin-people";
    }

    @GetMapping("/admin/people/{id}")
    String person(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("grantForm", new GrantForm(Role.MEMBER.name(), "", ""));
        return personPage(user, id, model);
    }

    @PostMapping("/admin/people/{id}/roles")
    String grant(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute("grantForm") GrantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Role role = FormErrors.choice(result, "role", Role.class, form.role());
        UUID siteId = FormErrors.optionalId(result, "siteId", form.siteId());
        UUID organisationId = FormErrors.optionalId(result, "organisationId", form.organisationId());
        if (!result.hasErrors()) {
            try {
                boolean given = people.grant(user, id, new RoleGrant(role, siteId, organisationId));
                Flash.success(redirect, given ? "identity.people.granted" : "identity.grant.alreadyHeld");
                return "redirect:/admin/people/" + id;
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return personPage(user, id, model);
    }

    @PostMapping("/admin/people/{id}/roles/{grantId}/revoke")
    String revoke(CurrentUser user, @PathVariable UUID id, @PathVariable UUID grantId, RedirectAttributes redirect) {
        boolean belongs = people.person(user, id).grants().stream().anyMatch(g -> g.id().equals(grantId));
        if (!belongs) {
            throw new NotFoundException("role");
        }
        try {
            people.revoke(user, grantId);
            Flash.success(redirect, "identity.people.revoked");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/admin/people/{id}/deactivate")
    String deactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return setActive(user, id, false, redirect);
    }

    @PostMapping("/admin/people/{id}/reactivate")
    String reactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return setActive(user, id, true, redirect);
    }

    @GetMapping("/admin/audit")
    String audit(
            CurrentUser user,
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String filter = Arrays.stream(AuditAction.values())
                .map(Enum::name)
                .filter(name -> name.equals(action))
                .findFirst()
                .orElse(null);
        model.addAttribute("action", filter == null ? "" : filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entries", audit.page(filter, page, 50));
        model.addAttribute("zone", sites.zoneOf(user));
        return "identity/admin-audit";
    }

    private String setActive(CurrentUser user, UUID id, boolean active, RedirectAttributes redirect) {
        try {
            people.setActive(user, id, active);
            Flash.success(redirect, active ? "identity.people.reactivated" : "identity.people.deactivated");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/admin/people/" + id;
    }

    private String personPage(CurrentUser user, UUID id, Model model) {
        model.addAttribute("person", people.person(user, id));
        options.addTo(model, user);
        return "identity/admin-person";
    }
}
