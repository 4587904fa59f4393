package coop.relais.billing.web;

import coop.relais.billing.PlanView;
import coop.relais.billing.Subscriptions;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.VatRate;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.AmountInput;
import coop.relais.shared.text.DateInput;
import coop.relais.shared.web.Flash;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's subscription plans, and subscribing an organisation to one. */
@Controller
class PlansPagesController {

    /** The new-plan form: up to three headcount bands. */
    record PlanForm(
            String name,
            String siteKind,
            String baseFee,
            String vatRate,
            String from1,
            String fee1,
            String from2,
            String fee2,
            String from3,
            String fee3,
            String includedRequests,
            String includedCopierPages) {}

    /** The subscription form. */
    record SubscribeForm(String organisationId, String planId, String headcount, String startsOn) {}

    private final Subscriptions subscriptions;
    private final SiteDirectory sites;

    PlansPagesController(Subscriptions subscriptions, SiteDirectory sites) {
        this.subscriptions = subscriptions;
        this.sites = sites;
    }

    @GetMapping("/admin/billing/plans")
    String plans(CurrentUser user, Model model) {
        List<PlanView> plans = subscriptions.plans(user);
        Map<UUID, ClientOrganisationView> clients = new LinkedHashMap<>();
        for (SiteView site : sites.visibleSites(user)) {
            sites.clientsOfSite(site.id()).forEach(c -> clients.putIfAbsent(c.id(), c));
        }
        List<ClientOrganisationView> organisations = new ArrayList<>(clients.values());
        organisations.sort(Comparator.comparing(ClientOrganisationView::legalName));
        model.addAttribute("plans", plans);
        model.addAttribute("organisations", organisations);
        model.addAttribute("vatRates", VatRate.ALL);
        return "billing/plans";
    }

    @PostMapping("/admin/billing/plans")
    String createPlan(CurrentUser user, @ModelAttribute PlanForm form, RedirectAttributes redirect) {
        try {
            List<PlanView.Band> bands = new ArrayList<>();
            band(form.from1(), form.fee1(), bands, true);
            band(form.from2(), form.fee2(), bands, false);
            band(form.from3(), form.fee3(), bands, false);
            PlanView plan = subscriptions.createPlan(
                    user,
                    form.name(),
                    form.siteKind(),
                    AmountInput.euros(form.baseFee()).orElseThrow(() -> DomainException.invalid("billing.plan.fee")),
                    VatRate.parse(form.vatRate())
                            .map(VatRate::percent)
                            .orElseThrow(() -> DomainException.invalid("vat.rate.notAllowed")),
                    bands,
                    new PlanView.Quotas(count(form.includedRequests()), count(form.includedCopierPages())));
            Flash.success(redirect, "billing.flash.planCreated", plan.name());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/admin/billing/plans";
    }

    @PostMapping("/admin/billing/subscriptions")
    String subscribe(CurrentUser user, @ModelAttribute SubscribeForm form, RedirectAttributes redirect) {
        try {
            int headcount;
            try {
                headcount = Integer.parseInt(
                        form.headcount() == null ? "" : form.headcount().strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("billing.subscription.headcount");
            }
            LocalDate startsOn;
            try {
                startsOn = DateInput.date(form.startsOn()).orElse(null);
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("billing.subscription.startsOn");
            }
            subscriptions.subscribe(user, uuid(form.organisationId()), uuid(form.planId()), headcount, startsOn);
            Flash.success(redirect, "billing.flash.subscribed");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/admin/billing/plans";
    }

    private static void band(String from, String fee, List<PlanView.Band> bands, boolean first) {
        boolean blank = (from == null || from.isBlank()) && (fee == null || fee.isBlank());
        if (blank && !first) {
            return;
        }
        try {
            int min = first && (from == null || from.isBlank()) ? 0 : Integer.parseInt(from.strip());
            BigDecimal perHead =
                    AmountInput.euros(fee).orElseThrow(() -> DomainException.invalid("billing.plan.bands"));
            bands.add(new PlanView.Band(min, Money.of(perHead)));
        } catch (NumberFormatException | NullPointerException e) {
            throw DomainException.invalid("billing.plan.bands");
        }
    }

    /** A number of units typed in a form: blank is none. */
    private static int count(String text) {
        String typed = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f]", "");
        if (typed.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("billing.plan.quotas");
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
