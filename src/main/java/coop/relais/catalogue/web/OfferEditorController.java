package coop.relais.catalogue.web;

import coop.relais.catalogue.PriceModel;
import coop.relais.catalogue.PriceUnit;
import coop.relais.catalogue.internal.CatalogueEditing;
import coop.relais.catalogue.internal.CatalogueRuleException;
import coop.relais.catalogue.internal.Offer;
import coop.relais.catalogue.internal.PayerChoice;
import coop.relais.catalogue.internal.Violation;
import coop.relais.catalogue.web.EditorForms.OfferForm;
import coop.relais.shared.VatRate;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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

/**
 * The site manager's editor of a site's offers: who provides a service, at what price and VAT, how
 * soon, which days, and who pays. {@link CatalogueEditing} checks on every request that the user
 * manages the site.
 */
@Controller
@RequestMapping("/manage/catalogue")
class OfferEditorController {

    private static final String OFFER = "catalogue/manage-offer";

    private final CatalogueEditing editing;

    OfferEditorController(CatalogueEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/{siteId}/offers/new")
    String newOffer(
            CurrentUser user,
            @PathVariable UUID siteId,
            @RequestParam(required = false) String serviceId,
            Model model) {
        model.addAttribute("offerForm", OfferForm.empty(serviceId));
        return offerPage(user, siteId, null, model);
    }

    @PostMapping("/{siteId}/offers")
    String createOffer(
            CurrentUser user,
            @PathVariable UUID siteId,
            @Valid @ModelAttribute("offerForm") OfferForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        editing.managedSite(user, siteId);
        Offer.Draft draft = offerDraft(form, result);
        List<Violation> violations = Offer.check(draft, editing.facts(siteId));
        FormReader.reject(result, violations);
        if (!result.hasErrors()) {
            try {
                editing.createOffer(user, siteId, draft);
                Flash.success(redirect, "catalogue.editor.offer.created");
                return "redirect:/manage/catalogue/" + siteId + "#offers";
            } catch (CatalogueRuleException e) {
                FormReader.reject(result, e.violations());
            }
        }
        return offerPage(user, siteId, null, model);
    }

    @GetMapping("/{siteId}/offers/{offerId}")
    String editOffer(CurrentUser user, @PathVariable UUID siteId, @PathVariable UUID offerId, Model model) {
        Offer offer = editing.offer(user, siteId, offerId);
        model.addAttribute("offerForm", formOf(offer));
        return offerPage(user, siteId, offerId, model);
    }

    @PostMapping("/{siteId}/offers/{offerId}")
    String updateOffer(
            CurrentUser user,
            @PathVariable UUID siteId,
            @PathVariable UUID offerId,
            @Valid @ModelAttribute("offerForm") OfferForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        editing.offer(user, siteId, offerId);
        Offer.Draft draft = offerDraft(form, result);
        FormReader.reject(result, Offer.check(draft, editing.facts(siteId)));
        if (!result.hasErrors()) {
            try {
                editing.updateOffer(user, siteId, offerId, draft);
                Flash.success(redirect, "catalogue.editor.offer.saved");
                return "redirect:/manage/catalogue/" + siteId + "#offers";
            } catch (CatalogueRuleException e) {
                FormReader.reject(result, e.violations());
            }
        }
        return offerPage(user, siteId, offerId, model);
    }

    private String offerPage(CurrentUser user, UUID siteId, UUID offerId, Model model) {
        model.addAttribute("site", editing.managedSite(user, siteId));
        model.addAttribute("services", editing.services(user, siteId));
        model.addAttribute("providers", editing.providers(user, siteId));
        model.addAttribute("siteOwners", editing.siteOwners(user, siteId));
        model.addAttribute("priceModels", PriceModel.values());
        model.addAttribute("units", PriceUnit.values());
        model.addAttribute(
                "vatRates", VatRate.ALL.stream().map(VatRate::toString).toList());
        model.addAttribute("payers", PayerChoice.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("offerId", offerId);
        model.addAttribute("leadTimeMax", Offer.LEAD_TIME_MAX);
        return OFFER;
    }

    private static Offer.Draft offerDraft(OfferForm form, BindingResult result) {
        FormReader reader = new FormReader(result);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (form.daysOffered() != null) {
            for (String day : form.daysOffered()) {
                reader.choice("daysOffered", day, DayOfWeek.class).ifPresent(days::add);
            }
        }
        return new Offer.Draft(
                reader.id("serviceId", form.serviceId()).orElse(null),
                reader.id("providerId", form.providerId()).orElse(null),
                reader.choice("priceModel", form.priceModel(), PriceModel.class).orElse(null),
                reader.choice("unit", form.unit(), PriceUnit.class).orElse(null),
                reader.decimal("price", form.price(), "catalogue.form.number").orElse(null),
                reader.decimal("vatRate", form.vatRate(), "catalogue.form.choice")
                        .orElse(null),
                reader.integer("leadTimeDays", form.leadTimeDays()).orElse(null),
                days,
                reader.choice("payer", form.payer(), PayerChoice.class).orElse(null),
                reader.decimal("employerPercent", form.employerPercent(), "catalogue.form.percent")
                        .orElse(null),
                reader.decimal("employerMonthlyCap", form.employerMonthlyCap(), "catalogue.form.number")
                        .orElse(null),
                reader.decimal("siteOwnerPercent", form.siteOwnerPercent(), "catalogue.form.percent")
                        .orElse(null),
                reader.id("siteOwnerOrganisationId", form.siteOwnerOrganisationId())
                        .orElse(null),
                Boolean.TRUE.equals(form.active()));
    }

    private static OfferForm formOf(Offer offer) {
        var rule = offer.payerRule();
        Function<BigDecimal, String> plain = value -> value == null || value.signum() == 0
                ? ""
                : value.stripTrailingZeros().toPlainString();
        return new OfferForm(
                offer.serviceId().toString(),
                offer.providerId().toString(),
                offer.priceModel().name(),
                offer.unit() == null ? "ITEM" : offer.unit().name(),
                offer.price() == null ? "" : offer.price().amount().toPlainString(),
                offer.vatRate().stripTrailingZeros().toPlainString(),
                String.valueOf(offer.leadTimeDays()),
                offer.daysOffered().stream().sorted().map(DayOfWeek::name).toList(),
                PayerChoice.of(rule).name(),
                plain.apply(rule.employerPercent()),
                rule.employerMonthlyCap() == null
                        ? ""
                        : rule.employerMonthlyCap().amount().toPlainString(),
                rule.siteOwnerPercent().signum() == 0 ? "100" : plain.apply(rule.siteOwnerPercent()),
                Objects.toString(rule.siteOwnerOrganisationId(), ""),
                offer.active());
    }
}
