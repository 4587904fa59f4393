package coop.relais.organisation.web;

import coop.relais.organisation.ClientKind;
import coop.relais.organisation.EmailDomain;
import coop.relais.organisation.internal.ClientAdministration;
import coop.relais.organisation.internal.ClientDetails;
import coop.relais.organisation.internal.ClientOrganisation;
import coop.relais.organisation.internal.SiteAdministration;
import coop.relais.shared.DomainException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
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

/** The head office's pages for client organisations: identity, approved domains, contracts. */
@Controller
@RequestMapping("/admin/organisations")
class ClientAdminController {

    private static final String LIST = "organisation/admin/clients";
    private static final String NEW = "organisation/admin/client-form";
    private static final String EDIT = "organisation/admin/client";

    private final ClientAdministration clients;
    private final SiteAdministration sites;

    ClientAdminController(ClientAdministration clients, SiteAdministration sites) {
        this.clients = clients;
        this.sites = sites;
    }

    @ModelAttribute("clientKinds")
    ClientKind[] clientKinds() {
        return ClientKind.values();
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
                clients.search(
                        user,
                        q,
                        Forms.activeFilter(filter),
                        new ResultPage.Request(page, SiteAdminController.PAGE_SIZE)));
        return fragment ? LIST + " :: results" : LIST;
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("clientForm", ClientForm.blank());
        return NEW;
    }

    @PostMapping
    String create(
            CurrentUser user,
            @Valid @ModelAttribute("clientForm") ClientForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        ClientDetails details = form.toDetails(result);
        if (details == null) {
            return NEW;
        }
        UUID id = clients.register(user, details, Set.of());
        Flash.success(redirect, "organisation.client.created", details.legalName());
        return "redirect:/admin/organisations/" + id;
    }

    @GetMapping("/{id}")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/{id}")
    String update(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("clientForm") ClientForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        clients.get(user, id);
        ClientDetails details = form.toDetails(result);
        if (details == null) {
            return page(user, id, model);
        }
        clients.change(user, id, details, null);
        Flash.success(redirect, "organisation.client.saved", details.legalName());
        return "redirect:/admin/organisations/" + id;
    }

    @PostMapping("/{id}/domains")
    String approveDomain(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("domainForm") DomainForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        clients.get(user, id);
        if (!result.hasErrors()) {
            try {
                EmailDomain domain = new EmailDomain(form.domain());
                clients.approveDomain(user, id, domain);
                Flash.success(redirect, "organisation.domain.approved", domain.value());
                return "redirect:/admin/organisations/" + id + "#domains";
            } catch (DomainException e) {
                Forms.reject(result, "domain", e);
            }
        }
        return page(user, id, model);
    }

    @PostMapping("/{id}/domains/remove")
    String withdrawDomain(
            CurrentUser user, @PathVariable UUID id, @RequestParam String domain, RedirectAttributes redirect) {
        clients.get(user, id);
        try {
            EmailDomain value = new EmailDomain(domain);
            clients.withdrawDomain(user, id, value);
            Flash.success(redirect, "organisation.domain.withdrawn", value.value());
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/organisations/" + id + "#domains";
    }

    @PostMapping("/{id}/contracts")
    String addContract(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        clients.get(user, id);
        LocalDate start = form.start(result);
        LocalDate end = form.end(result);
        if (!result.hasErrors()) {
            try {
                clients.addContract(user, id, form.site(), form.plan(), start, end);
                Flash.success(redirect, "organisation.contract.added");
                return "redirect:/admin/organisations/" + id + "#contracts";
            } catch (DomainException e) {
                Forms.reject(result, contractField(e), e);
            }
        }
        return page(user, id, model);
    }

    @PostMapping("/{id}/contracts/{contractId}/end")
    String endContract(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID contractId,
            @RequestParam(required = false) String endsOn,
            RedirectAttributes redirect) {
        clients.get(user, id);
        try {
            clients.endContract(user, id, contractId, Forms.date(endsOn));
            Flash.success(redirect, "organisation.contract.ended");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/organisations/" + id + "#contracts";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ClientOrganisation client = clients.get(user, id);
        try {
            clients.deactivate(user, id);
            Flash.success(
                    redirect,
                    "organisation.client.deactivated",
                    client.details().legalName());
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/organisations/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ClientOrganisation client = clients.get(user, id);
        try {
            clients.reactivate(user, id);
            Flash.success(
                    redirect,
                    "organisation.client.reactivated",
                    client.details().legalName());
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/admin/organisations/" + id;
    }

    private String page(CurrentUser user, UUID id, Model model) {
        ClientOrganisation client = clients.get(user, id);
        model.addAttribute("client", client);
        model.addAttribute(
                "domains",
                client.domains().stream().map(EmailDomain::value).sorted().toList());
        model.addAttribute("contracts", clients.contracts(user, id));
        model.addAttribute("sites", sites.all(user));
        if (!model.containsAttribute("clientForm")) {
            model.addAttribute("clientForm", ClientForm.of(client));
        }
        if (!model.containsAttribute("domainForm")) {
            model.addAttribute("domainForm", DomainForm.blank());
        }
        if (!model.containsAttribute("contractForm")) {
            model.addAttribute("contractForm", ContractForm.blank());
        }
        return EDIT;
    }

    private static String contractField(DomainException e) {
        return switch (e.messageKey()) {
            case "organisation.contract.endBeforeStart" -> "endsOn";
            case "organisation.contract.startRequired" -> "startsOn";
            case "organisation.contract.unknownSite" -> "siteId";
            case "organisation.field.required", "organisation.field.tooLong" -> "plan";
            default -> null;
        };
    }
}
