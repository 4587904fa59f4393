package coop.relais.billing.web;

import coop.relais.billing.BillingAccounts;
import coop.relais.billing.CheckoutView;
import coop.relais.billing.Invoicing;
import coop.relais.billing.OnlinePayments;
import coop.relais.billing.TaxCertificates;
import coop.relais.billing.internal.GatewayUnavailableException;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own tab (ardoise): what they owe, each charge with what others paid of it, their payments;
 * paying it online, and the demo provider's payment page when no real provider is configured.
 */
@Controller
class MyTabController {

    private final BillingAccounts accounts;
    private final OnlinePayments online;
    private final SiteDirectory sites;
    private final TaxCertificates certificates;
    private final Invoicing invoicing;

    MyTabController(
            BillingAccounts accounts,
            OnlinePayments online,
            SiteDirectory sites,
            TaxCertificates certificates,
            Invoicing invoicing) {
        this.invoicing = invoicing;
        this.accounts = accounts;
        this.online = online;
        this.sites = sites;
        this.certificates = certificates;
    }

    @GetMapping("/tab")
    String myTab(
            CurrentUser user,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String checkout,
            Model model) {
        model.addAttribute("account", accounts.mine(user, Positions.parse(before)));
        model.addAttribute("zone", sites.zoneOf(user));
        model.addAttribute("demoPayments", online.demo());
        model.addAttribute("certificates", before == null ? certificates.available(user) : List.of());
        model.addAttribute("invoices", before == null ? invoicing.mine(user) : List.of());
        // Back from the provider's page: say whether the provider has confirmed it yet (never assume it).
        uuid(checkout).ifPresent(id -> {
            try {
                model.addAttribute("checkout", online.checkout(user, id));
            } catch (NotFoundException unknown) {
                // Someone else's or no checkout: say nothing about it.
            }
        });
        return "billing/my-tab";
    }

    @GetMapping("/tab/tax-certificates/{year}/pdf")
    ResponseEntity<byte[]> taxCertificate(CurrentUser user, @PathVariable int year) {
        return InvoiceApiController.file(
                certificates.pdf(user, year), MediaType.APPLICATION_PDF, "attestation-fiscale-" + year + ".pdf");
    }

    @PostMapping("/tab/checkout")
    String payOnline(CurrentUser user, RedirectAttributes redirect) {
        try {
            CheckoutView checkout = online.open(user, accounts.mine(user, null).id());
            return "redirect:" + checkout.checkoutUrl();
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey());
        } catch (GatewayUnavailableException unavailable) {
            Flash.error(redirect, "billing.gateway.unavailable");
        }
        return "redirect:/tab";
    }

    @GetMapping("/demo-checkout/{session}")
    String demoCheckout(CurrentUser user, @PathVariable String session, Model model) {
        model.addAttribute("checkout", online.demoCheckout(user, session));
        return "billing/demo-checkout";
    }

    @PostMapping("/demo-checkout/{session}/pay")
    String payOnDemo(CurrentUser user, @PathVariable String session) {
        CheckoutView checkout = online.payOnDemo(user, session);
        return "redirect:/tab?checkout=" + checkout.id();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
