package coop.relais.desk.web;

import coop.relais.desk.FileRequest;
import coop.relais.desk.RequestManagement;
import coop.relais.desk.RequestStatus;
import coop.relais.desk.RequestView;
import coop.relais.desk.RequestableOffer;
import coop.relais.desk.web.RequestForms.CompleteForm;
import coop.relais.desk.web.RequestForms.RequestForm;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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

/**
 * À-la-carte requests: the desk's queue ({@code /desk/requests}) and the client organisations' pages
 * ({@code /requests}) to file a request and follow it.
 */
@Controller
class RequestPagesController {

    private final RequestManagement requests;
    private final DeskSite deskSite;
    private final SiteDirectory sites;

    RequestPagesController(RequestManagement requests, DeskSite deskSite, SiteDirectory sites) {
        this.requests = requests;
        this.deskSite = deskSite;
        this.sites = sites;
    }

    // The desk's queue

    @GetMapping("/desk/requests")
    String queue(CurrentUser user, @RequestParam(required = false) String status, Model model) {
        SiteView site = deskSite.current(user);
        RequestStatus shown = Inputs.enumValue(RequestStatus.class, status).orElse(RequestStatus.SUBMITTED);
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("status", shown);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute(
                "requests", requests.search(user, site.id(), shown, 0, 100).items());
        return "desk/requests";
    }

    @GetMapping("/desk/requests/{id}")
    String deskRequest(CurrentUser user, @PathVariable UUID id, Model model) {
        RequestView request = requests.get(user, id);
        if (!user.worksAt(request.siteId())) {
            return "redirect:/requests/" + id;
        }
        return deskRequestPage(request, new CompleteForm(null), model);
    }

    @PostMapping("/desk/requests/{id}/complete")
    String complete(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("completeForm") CompleteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        RequestView request = requests.get(user, id);
        if (!result.hasErrors()) {
            try {
                RequestView done = requests.complete(user, id, form.note());
                Flash.success(redirect, "desk.flash.requestCompleted", done.reference(), done.organisationName());
                return "redirect:/desk/requests";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return deskRequestPage(request, form, model);
    }

    private String deskRequestPage(RequestView request, CompleteForm form, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("zone", sites.zoneOf(request.siteId()));
        model.addAttribute("completeForm", form);
        return "desk/request";
    }

    // The client organisation's pages

    @GetMapping("/requests")
    String clientRequests(CurrentUser user, Model model) {
        requireClientAdmin(user);
        model.addAttribute("zone", sites.zoneOf(user));
        model.addAttribute("requests", requests.search(user, null, null, 0, 100).items());
        return "desk/client-requests";
    }

    @GetMapping("/requests/new")
    String newRequest(CurrentUser user, @RequestParam(required = false) UUID organisationId, Model model) {
        List<ClientOrganisationView> organisations = requireClientAdmin(user);
        String organisation = organisations.stream()
                .filter(o -> o.id().equals(organisationId))
                .findFirst()
                .orElse(organisations.get(0))
                .id()
                .toString();
        List<RequestableOffer> offers = requests.requestableOffers(user, UUID.fromString(organisation));
        String offer = offers.size() == 1 ? offers.get(0).offerId().toString() : null;
        return requestForm(
                user, new RequestForm(organisation, offer, "1", null, null, null, null), organisations, model);
    }

    @PostMapping("/requests")
    String file(
            CurrentUser user,
            @Valid @ModelAttribute("requestForm") RequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        List<ClientOrganisationView> organisations = requireClientAdmin(user);
        Optional<UUID> organisation = Inputs.uuid(form.organisationId())
                .filter(id -> organisations.stream().anyMatch(o -> o.id().equals(id)));
        Optional<UUID> offer = Inputs.uuid(form.offerId());
        Optional<Long> quantity = Inputs.count(form.quantity()).filter(n -> n >= 1 && n <= FileRequest.MAX_QUANTITY);
        if (organisation.isEmpty()) {
            result.rejectValue("organisationId", "desk.validation.organisation");
        }
        if (offer.isEmpty()) {
            result.rejectValue("offerId", "desk.validation.offer");
        }
        if (quantity.isEmpty()) {
            result.rejectValue("quantity", "desk.validation.quantity", new Object[] {FileRequest.MAX_QUANTITY}, null);
        }
        if (!result.hasErrors()) {
            try {
                RequestView filed = requests.file(
                        user,
                        new FileRequest(
                                organisation.get(),
                                offer.get(),
                                quantity.get().intValue(),
                                form.beneficiary(),
                                form.location(),
                                form.itemNumber(),
                                form.details()));
                Flash.success(redirect, "desk.flash.requestFiled", filed.reference(), filed.siteName());
                return "redirect:/requests/" + filed.id();
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return requestForm(user, form, organisations, model);
    }

    @GetMapping("/requests/{id}")
    String clientRequest(CurrentUser user, @PathVariable UUID id, Model model) {
        RequestView request = requests.get(user, id);
        model.addAttribute("request", request);
        model.addAttribute("zone", sites.zoneOf(request.siteId()));
        model.addAttribute("canCancel", user.actsFor(Role.CLIENT_ADMIN, request.organisationId()));
        return "desk/client-request";
    }

    @PostMapping("/requests/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        RequestView cancelled = requests.cancel(user, id);
        Flash.success(redirect, "desk.flash.requestCancelled", cancelled.reference());
        return "redirect:/requests/" + id;
    }

    private String requestForm(
            CurrentUser user, RequestForm form, List<ClientOrganisationView> organisations, Model model) {
        UUID organisation = Inputs.uuid(form.organisationId())
                .filter(id -> organisations.stream().anyMatch(o -> o.id().equals(id)))
                .orElse(organisations.get(0).id());
        List<RequestableOffer> offers = requests.requestableOffers(user, organisation);
        model.addAttribute("requestForm", form);
        model.addAttribute("organisations", organisations);
        model.addAttribute("offers", offers);
        return "desk/client-request-form";
    }

    private List<ClientOrganisationView> requireClientAdmin(CurrentUser user) {
        List<ClientOrganisationView> organisations = requests.organisationsOf(user);
        if (organisations.isEmpty()) {
            throw new AccessDeniedException("Not a client organisation's admin");
        }
        return organisations;
    }
}
