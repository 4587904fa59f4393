package coop.relais.desk.web;

import coop.relais.desk.CopierManagement;
import coop.relais.desk.CopierReadingView;
import coop.relais.desk.CopierView;
import coop.relais.desk.NewCopier;
import coop.relais.desk.RecordReading;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.VatRate;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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

/** Shared photocopiers of an ecosystem site: the copiers, and each company's monthly counters. */
@Controller
class CopierPagesController {

    private final CopierManagement copiers;
    private final DeskSite deskSite;
    private final DeskFormat format;
    private final Clock clock;

    CopierPagesController(CopierManagement copiers, DeskSite deskSite, DeskFormat format, Clock clock) {
        this.copiers = copiers;
        this.deskSite = deskSite;
        this.format = format;
        this.clock = clock;
    }

    record CopierForm(
            @NotBlank(message = "{desk.validation.copierName}") @Size(max = 120, message = "{desk.validation.tooLong}")
            String name,

            @Size(max = 120, message = "{desk.validation.tooLong}")
            String location,

            String blackPagePrice,
            String colourPagePrice,
            String vatRate) {}

    record ReadingForm(
            String organisationId,
            String period,
            String blackStart,
            String blackEnd,
            String colourStart,
            String colourEnd) {}

    @GetMapping("/desk/copiers")
    String copiers(CurrentUser user, Model model) {
        return listPage(user, new CopierForm(null, null, "0,02", "0,12", "20"), model);
    }

    @PostMapping("/desk/copiers")
    String addCopier(
            CurrentUser user,
            @Valid @ModelAttribute("copierForm") CopierForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SiteView site = deskSite.current(user);
        Optional<BigDecimal> black = Inputs.pagePrice(form.blackPagePrice());
        Optional<BigDecimal> colour = Inputs.pagePrice(form.colourPagePrice());
        Optional<BigDecimal> vat = VatRate.parse(form.vatRate()).map(VatRate::percent);
        if (black.isEmpty()) {
            result.rejectValue("blackPagePrice", "desk.validation.pagePrice");
        }
        if (colour.isEmpty()) {
            result.rejectValue("colourPagePrice", "desk.validation.pagePrice");
        }
        if (vat.isEmpty()) {
            result.rejectValue("vatRate", "desk.validation.vat");
        }
        if (!result.hasErrors()) {
            try {
                CopierView copier = copiers.addCopier(
                        user,
                        new NewCopier(site.id(), form.name(), form.location(), black.get(), colour.get(), vat.get()));
                Flash.success(redirect, "desk.flash.copierAdded", copier.name());
                return "redirect:/desk/copiers";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return listPage(user, form, model);
    }

    private String listPage(CurrentUser user, CopierForm form, Model model) {
        SiteView site = deskSite.current(user);
        model.addAttribute("site", site);
        model.addAttribute("shares", copiers.sharesCopiers(site.id()));
        model.addAttribute("copiers", copiers.copiersAt(user, site.id()));
        model.addAttribute("canAdd", user.manages(site.id()));
        model.addAttribute("copierForm", form);
        return "desk/copiers";
    }

    @GetMapping("/desk/copiers/{id}")
    String copier(
            CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID organisationId, Model model) {
        CopierView copier = copiers.copier(user, id);
        Optional<CopierReadingView> last = copiers.lastReading(user, id, organisationId);
        YearMonth period = last.map(r -> r.period().plusMonths(1))
                .orElse(YearMonth.now(clock).minusMonths(1));
        ReadingForm form = new ReadingForm(
                organisationId == null ? null : organisationId.toString(),
                period.toString(),
                last.map(r -> String.valueOf(r.blackEnd())).orElse(null),
                null,
                last.map(r -> String.valueOf(r.colourEnd())).orElse(null),
                null);
        return copierPage(user, copier, form, last.orElse(null), model);
    }

    @PostMapping("/desk/copiers/{id}/readings")
    String record(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute("readingForm") ReadingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CopierView copier = copiers.copier(user, id);
        Optional<UUID> organisation = Inputs.uuid(form.organisationId());
        if (organisation.isEmpty()) {
            result.rejectValue("organisationId", "desk.validation.company");
        }
        YearMonth period = null;
        try {
            period =
                    form.period() == null ? null : YearMonth.parse(form.period().strip());
        } catch (DateTimeParseException e) {
            period = null;
        }
        if (period == null) {
            result.rejectValue("period", "desk.validation.period");
        }
        Optional<Long> blackStart = counter(form.blackStart(), "blackStart", result);
        Optional<Long> blackEnd = counter(form.blackEnd(), "blackEnd", result);
        Optional<Long> colourStart = counter(form.colourStart(), "colourStart", result);
        Optional<Long> colourEnd = counter(form.colourEnd(), "colourEnd", result);
        if (!result.hasErrors()) {
            try {
                CopierReadingView reading = copiers.record(
                        user,
                        id,
                        new RecordReading(
                                organisation.get(),
                                period,
                                blackStart.get(),
                                blackEnd.get(),
                                colourStart.get(),
                                colourEnd.get()));
                Flash.success(
                        redirect,
                        "desk.flash.readingRecorded",
                        reading.organisationName(),
                        format.month(reading.period()),
                        format.count(reading.blackPages()),
                        format.count(reading.colourPages()),
                        format.money(reading.amount()));
                return "redirect:/desk/copiers/" + id;
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        CopierReadingView last = organisation.isEmpty()
                ? null
                : copiers.lastReading(user, id, organisation.get()).orElse(null);
        return copierPage(user, copier, form, last, model);
    }

    private static Optional<Long> counter(String text, String field, BindingResult result) {
        Optional<Long> value = Inputs.count(text);
        if (value.isEmpty()) {
            result.rejectValue(field, "desk.validation.counter");
        }
        return value;
    }

    private String copierPage(
            CurrentUser user, CopierView copier, ReadingForm form, CopierReadingView last, Model model) {
        SiteView site = deskSite.current(user);
        List<ClientOrganisationView> companies = copiers.companiesOf(user, copier.siteId());
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("copier", copier);
        model.addAttribute("companies", companies);
        model.addAttribute("readingForm", form);
        model.addAttribute("last", last);
        model.addAttribute("readings", copiers.readings(user, copier.id()));
        model.addAttribute("chosen", Inputs.uuid(form.organisationId()).orElse(null));
        return "desk/copier";
    }
}
