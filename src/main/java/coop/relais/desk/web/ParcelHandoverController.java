package coop.relais.desk.web;

import coop.relais.desk.ParcelManagement;
import coop.relais.desk.ParcelView;
import coop.relais.desk.web.ParcelForms.CodeForm;
import coop.relais.desk.web.ParcelForms.IdForm;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
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

/** Handing a parcel over at the desk: find it (by code, name or tracking number), then by code or ID check. */
@Controller
class ParcelHandoverController {

    private final ParcelManagement parcels;
    private final DeskSite deskSite;

    ParcelHandoverController(ParcelManagement parcels, DeskSite deskSite) {
        this.parcels = parcels;
        this.deskSite = deskSite;
    }

    @GetMapping("/desk/handover")
    String handoverSearch(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        return handoverSearch(user, q, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/desk/handover")
    String handoverSearchResults(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        return handoverSearch(user, q, model, true);
    }

    private String handoverSearch(CurrentUser user, String q, Model model, boolean fragment) {
        SiteView site = deskSite.current(user);
        String query = q == null ? "" : q.strip();
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("q", query);
        Optional<ParcelView> byCode =
                query.matches("\\d{6}") ? parcels.waitingWithCode(user, site.id(), query) : Optional.empty();
        List<ParcelView> results = byCode.map(List::of)
                .orElseGet(() -> query.isEmpty() ? List.of() : parcels.searchWaiting(user, site.id(), query));
        model.addAttribute("results", results);
        model.addAttribute("codeMatch", byCode.orElse(null));
        if (fragment) {
            return "desk/handover-search :: results";
        }
        return "desk/handover-search";
    }

    @GetMapping("/desk/parcels/{id}/handover")
    String handover(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String code, Model model) {
        ParcelView parcel = parcels.get(user, id);
        String prefill = code != null && code.matches("\\d{6}") ? code : null;
        return handoverPage(user, parcel, new CodeForm(prefill, null), new IdForm(parcel.recipientName(), null), model);
    }

    @PostMapping("/desk/parcels/{id}/collect-code")
    String collectWithCode(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParcelView parcel = parcels.get(user, id);
        if (result.hasErrors()) {
            return handoverPage(user, parcel, form, new IdForm(parcel.recipientName(), null), model);
        }
        try {
            ParcelView collected = parcels.collectWithCode(user, id, form.code(), form.collectorName());
            return handedOver(user, collected, redirect);
        } catch (DomainException refusal) {
            FormErrors.reject(result, "code", refusal);
            return handoverPage(user, parcels.get(user, id), form, new IdForm(parcel.recipientName(), null), model);
        }
    }

    @PostMapping("/desk/parcels/{id}/collect-id")
    String collectWithId(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("idForm") IdForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParcelView parcel = parcels.get(user, id);
        if (!Boolean.TRUE.equals(form.idChecked())) {
            result.rejectValue("idChecked", "desk.validation.idChecked");
        }
        if (result.hasErrors()) {
            return handoverPage(user, parcel, new CodeForm(null, null), form, model);
        }
        try {
            ParcelView collected = parcels.collectWithId(user, id, form.collectorName());
            return handedOver(user, collected, redirect);
        } catch (DomainException refusal) {
            FormErrors.reject(result, "collectorName", refusal);
            return handoverPage(user, parcel, new CodeForm(null, null), form, model);
        }
    }

    private String handedOver(CurrentUser user, ParcelView collected, RedirectAttributes redirect) {
        int remaining = parcels.waitingFor(user, collected.siteId(), collected.recipientId())
                .size();
        if (remaining > 0) {
            Flash.success(
                    redirect,
                    "desk.flash.handedOverMore",
                    collected.collectorName(),
                    collected.carrier(),
                    collected.shelf(),
                    remaining,
                    collected.recipientName());
            redirect.addAttribute("q", collected.recipientName());
        } else {
            Flash.success(
                    redirect,
                    "desk.flash.handedOver",
                    collected.collectorName(),
                    collected.carrier(),
                    collected.shelf());
        }
        return "redirect:/desk/handover";
    }

    private String handoverPage(CurrentUser user, ParcelView parcel, CodeForm codeForm, IdForm idForm, Model model) {
        SiteView site = deskSite.current(user);
        model.addAttribute("parcel", parcel);
        model.addAttribute("zone", site.timeZone());
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", codeForm);
        }
        if (!model.containsAttribute("idForm")) {
            model.addAttribute("idForm", idForm);
        }
        model.addAttribute("collectors", parcel.waiting() ? parcels.allowedCollectors(user, parcel.id()) : List.of());
        return "desk/handover";
    }
}
