package coop.relais.billing.web;

import coop.relais.billing.AccountView;
import coop.relais.billing.BillingAccounts;
import coop.relais.billing.DeskPayments;
import coop.relais.billing.PaymentMethod;
import coop.relais.billing.PaymentView;
import coop.relais.billing.SealView;
import coop.relais.billing.SealedDays;
import coop.relais.billing.TakePayment;
import coop.relais.identity.AccountDirectory;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.AmountInput;
import coop.relais.shared.web.Amounts;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Taking a payment at the desk: find the member, see their tab, take cash, a card or a cheque, then print
 * or e-mail the receipt.
 */
@Controller
class DeskTabsController {

    /** The methods the desk form offers; CESU too when personal services are owed. */
    static final List<PaymentMethod> DESK_METHODS =
            List.of(PaymentMethod.CASH, PaymentMethod.CARD_TERMINAL, PaymentMethod.CHEQUE);

    private static final List<PaymentMethod> ALL_DESK_METHODS =
            List.of(PaymentMethod.CASH, PaymentMethod.CARD_TERMINAL, PaymentMethod.CHEQUE, PaymentMethod.CESU);

    private static final Set<String> AMOUNT_REFUSALS = Set.of(
            "billing.payment.amount.required",
            "billing.payment.amount.invalid",
            "billing.payment.moreThanOwed",
            "billing.payment.cesuAboveEligible");

    /** The payment form: {@code key} is the form's own idempotency key, so a double submit pays once. */
    record PaymentForm(String amount, String method, String key) {}

    private final BillingAccounts accounts;
    private final DeskPayments payments;
    private final AccountDirectory people;
    private final SiteDirectory sites;
    private final Amounts amounts;
    private final SealedDays sealedDays;

    DeskTabsController(
            BillingAccounts accounts,
            DeskPayments payments,
            AccountDirectory people,
            SiteDirectory sites,
            Amounts amounts,
            SealedDays sealedDays) {
        this.sealedDays = sealedDays;
        this.accounts = accounts;
        this.payments = payments;
        this.people = people;
        this.sites = sites;
        this.amounts = amounts;
    }

    @GetMapping("/desk/tabs")
    String search(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        return search(user, q, model, false);
    }

    /** The same, for an htmx swap: the results alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/desk/tabs")
    String searchResults(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        return search(user, q, model, true);
    }

    private String search(CurrentUser user, String q, Model model, boolean fragment) {
        SiteView site = desk(user);
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        model.addAttribute("site", site);
        model.addAttribute("q", query);
        model.addAttribute("results", query.isEmpty() ? List.of() : people.searchMembers(user, site.id(), query, 20));
        return fragment ? "billing/desk-tabs :: results" : "billing/desk-tabs";
    }

    @GetMapping("/desk/tabs/{memberId}")
    String tab(CurrentUser user, @PathVariable UUID memberId, Model model) {
        AccountView account = accounts.ofMember(user, memberId, null);
        PaymentForm form = new PaymentForm(
                account.owed().isZero() ? "" : amounts.input(account.owed()),
                PaymentMethod.CASH.name(),
                UUID.randomUUID().toString());
        return tabPage(user, account, form, model);
    }

    @PostMapping("/desk/tabs/{memberId}/payments")
    String take(
            CurrentUser user,
            @PathVariable UUID memberId,
            @ModelAttribute("paymentForm") PaymentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        AccountView account = accounts.ofMember(user, memberId, null);
        Optional<BigDecimal> amount = AmountInput.euros(form.amount());
        if (amount.isEmpty()) {
            result.rejectValue("amount", "billing.validation.amount");
        }
        PaymentMethod method = ALL_DESK_METHODS.stream()
                .filter(m -> m.name().equals(form.method()))
                .findFirst()
                .orElse(null);
        if (method == null) {
            result.rejectValue("method", "billing.validation.method");
        }
        if (!result.hasErrors()) {
            try {
                DeskPayments.Taken taken = payments.take(
                        user,
                        new TakePayment(account.id(), desk(user).id(), amount.get(), method),
                        form.key() == null || form.key().isBlank() ? null : form.key());
                Flash.success(
                        redirect,
                        "billing.flash.paymentTaken",
                        amounts.money(taken.payment().amount()));
                return "redirect:/receipts/" + taken.payment().id();
            } catch (DomainException refusal) {
                if (AMOUNT_REFUSALS.contains(refusal.messageKey())) {
                    result.rejectValue("amount", refusal.messageKey(), refusal.arguments(), refusal.messageKey());
                } else {
                    result.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
                }
            }
        }
        return tabPage(user, accounts.ofMember(user, memberId, null), form, model);
    }

    @GetMapping("/desk/seals")
    String seals(CurrentUser user, Model model) {
        SiteView site = desk(user);
        List<SealView> seals = sealedDays.verify(user, site.id());
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("seals", seals.size() > 60 ? seals.subList(0, 60) : seals);
        model.addAttribute("intact", seals.stream().allMatch(SealView::intact));
        return "billing/desk-seals";
    }

    @GetMapping("/receipts/{id}")
    String receipt(CurrentUser user, @PathVariable UUID id, Model model) {
        PaymentView payment = payments.payment(user, id);
        model.addAttribute("payment", payment);
        model.addAttribute("zone", sites.zoneOf(payment.siteId()));
        model.addAttribute("staff", payment.siteId() != null && user.worksAt(payment.siteId()));
        return "billing/receipt";
    }

    @PostMapping("/receipts/{id}/email")
    String emailReceipt(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (payments.emailReceipt(user, id)) {
            Flash.success(redirect, "billing.flash.receiptSent");
        } else {
            Flash.error(redirect, "billing.flash.receiptNoAddress");
        }
        return "redirect:/receipts/" + id;
    }

    private String tabPage(CurrentUser user, AccountView account, PaymentForm form, Model model) {
        SiteView site = desk(user);
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("account", account);
        model.addAttribute("paymentForm", form);
        model.addAttribute("methods", account.cesuPayable().isPositive() ? ALL_DESK_METHODS : DESK_METHODS);
        return "billing/desk-tab";
    }

    /** The desk the person works at now; an administrator's is the site they chose (or the first one). */
    private SiteView desk(CurrentUser user) {
        Optional<UUID> siteId = SiteSelection.currentWorkplace(user);
        if (siteId.isEmpty() && user.isAdmin()) {
            siteId = SiteSelection.current(user)
                    .or(() ->
                            sites.visibleSites(user).stream().map(SiteView::id).findFirst());
        }
        return siteId.flatMap(sites::find)
                .orElseThrow(() -> new AccessDeniedException("Only desk staff work at a desk"));
    }
}
