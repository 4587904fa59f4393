package coop.relais.orders.web;

import coop.relais.catalogue.OfferView;
import coop.relais.identity.AccountSummary;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderView;
import coop.relais.orders.OrderingChoices;
import coop.relais.orders.PlaceOrder;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.Cursor;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's pages (my orders, order form, order page, receipt) and the order actions of every page. */
@Controller
class OrderPagesController {

    private final OrderManagement orders;
    private final OrderingChoices choices;
    private final SiteDirectory sites;

    OrderPagesController(OrderManagement orders, OrderingChoices choices, SiteDirectory sites) {
        this.orders = orders;
        this.choices = choices;
        this.sites = sites;
    }

    @GetMapping("/orders")
    String mine(CurrentUser user, @RequestParam(required = false) String after, Model model) {
        Cursor from;
        try {
            from = Cursor.parse(after);
        } catch (DomainException forged) {
            from = null;
        }
        model.addAttribute("orders", orders.myOrders(user, from, 20));
        model.addAttribute("older", from != null);
        UUID site = SiteSelection.current(user)
                .filter(s -> user.hasAt(Role.MEMBER, s))
                .or(() -> user.sitesWhere(Role.MEMBER).stream().findFirst())
                .orElse(null);
        model.addAttribute("offers", choices.offersToOrder(user, site));
        return "orders/mine";
    }

    // ---------------------------------------------------------------- ordering

    /**
     * "New order" without a service yet (the counter's tile, a member's card at the desk): the site's
     * services to choose from, grouped by category, keeping the member the desk is ordering for.
     */
    @GetMapping(value = "/orders/new", params = "!offerId")
    String chooseService(
            CurrentUser user,
            @RequestParam(required = false) UUID memberId,
            @RequestParam(required = false) UUID siteId,
            Model model) {
        if (siteId != null && user.belongsTo(siteId)) {
            SiteSelection.select(siteId);
        }
        Optional<UUID> chosen = Optional.ofNullable(siteId)
                .filter(user::belongsTo)
                .or(() -> SiteSelection.current(user).filter(user::belongsTo))
                .or(() -> user.sitesWhere(Role.MEMBER).stream().findFirst());
        if (chosen.isEmpty()) {
            // Someone who serves every site (an administrator) says first for which one.
            model.addAttribute("sites", sites.visibleSites(user));
            return "orders/choose-site";
        }
        UUID site = chosen.get();
        // À-la-carte services for organisations are asked for through the desk's requests, not here.
        List<OfferView> offers = choices.offersToOrder(user, site).stream()
                .filter(offer -> !offer.forOrganisations())
                .toList();
        model.addAttribute(
                "categories",
                offers.stream().map(OfferView::categoryName).distinct().toList());
        model.addAttribute("offers", offers);
        model.addAttribute("member", choices.memberForDesk(user, site, memberId).orElse(null));
        return "orders/choose";
    }

    @GetMapping(value = "/orders/new", params = "offerId")
    String form(
            CurrentUser user,
            @RequestParam UUID offerId,
            @RequestParam(required = false) UUID memberId,
            @RequestParam(required = false) String q,
            Model model) {
        OfferView offer = choices.orderableOffer(user, offerId);
        OrderForm form = new OrderForm(offerId, 1, null, memberId, UUID.randomUUID());
        return showForm(user, offer, form, q, model);
    }

    /** The member search of the desk's order form, as an htmx fragment. */
    @GetMapping("/orders/new/members")
    String members(
            CurrentUser user, @RequestParam UUID offerId, @RequestParam(required = false) String q, Model model) {
        OfferView offer = choices.orderableOffer(user, offerId);
        model.addAttribute("members", choices.searchMembers(user, offer.siteId(), q));
        model.addAttribute("q", q);
        model.addAttribute("selectedMemberId", null);
        return "orders/new :: member-results";
    }

    @PostMapping("/orders")
    String place(
            CurrentUser user,
            @Valid @ModelAttribute("orderForm") OrderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.offerId() == null) {
            throw new NotFoundException("offer");
        }
        OfferView offer = choices.orderableOffer(user, form.offerId());
        boolean staff = user.worksAt(offer.siteId());
        if (staff && form.memberId() == null && !result.hasFieldErrors("memberId")) {
            result.rejectValue("memberId", "orders.error.memberRequired");
        }
        if (result.hasErrors()) {
            return showForm(user, offer, form, null, model);
        }
        PlaceOrder command = new PlaceOrder(form.offerId(), form.quantity(), form.note(), form.memberId());
        try {
            String key = form.requestId() == null ? null : "form:" + form.requestId();
            OrderView order = orders.place(user, command, key).order();
            Flash.success(redirect, "orders.flash.placed", order.reference());
            return "redirect:/orders/" + order.id();
        } catch (DomainException refused) {
            result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return showForm(user, offer, form, null, model);
        }
    }

    private String showForm(CurrentUser user, OfferView offer, OrderForm form, String q, Model model) {
        boolean staff = user.worksAt(offer.siteId());
        model.addAttribute("offer", offer);
        if (!model.containsAttribute("orderForm")) {
            // After a failed POST the form and its BindingResult are already there: keep them together.
            model.addAttribute("orderForm", form);
        }
        model.addAttribute("staff", staff);
        model.addAttribute("q", q);
        model.addAttribute("selectedMemberId", form.memberId());
        List<AccountSummary> members = List.of();
        if (staff) {
            members = q != null ? choices.searchMembers(user, offer.siteId(), q) : List.of();
            if (form.memberId() != null && members.stream().noneMatch(m -> m.id().equals(form.memberId()))) {
                members = new ArrayList<>(members);
                choices.memberForDesk(user, offer.siteId(), form.memberId()).ifPresent(members::add);
            }
        }
        model.addAttribute("members", members);
        return "orders/new";
    }

    // ---------------------------------------------------------------- one order

    @GetMapping("/orders/{id}")
    String order(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("order", orders.find(user, id));
        model.addAttribute("providers", orders.providersFor(user, id));
        return "orders/order";
    }

    @GetMapping("/orders/{id}/receipt")
    String receipt(CurrentUser user, @PathVariable UUID id, Model model) {
        OrderView order = orders.find(user, id);
        if (order.memberId() == null) {
            throw new NotFoundException("order");
        }
        model.addAttribute("order", order);
        return "orders/receipt";
    }

    @GetMapping("/orders/{id}/proofs/{proofId}")
    ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable UUID id, @PathVariable UUID proofId) {
        return orders.proofPhoto(user, id, proofId)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", "inline")
                        .body(photo.data()))
                .orElseThrow(() -> new NotFoundException("proof"));
    }

    /** Every action button of the order page, the desk board and the provider portal posts here. */
    @PostMapping("/orders/{id}/{action}")
    String act(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable String action,
            @ModelAttribute ActionForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        OrderAction chosen = OrderAction.fromSlug(action).orElseThrow(() -> new NotFoundException("action"));
        String back = back(form.from(), id);
        if (result.hasFieldErrors("amount")) {
            orders.find(user, id);
            Flash.error(redirect, "orders.error.amountFormat");
            return back;
        }
        if (result.hasErrors()) {
            orders.find(user, id);
            Flash.error(redirect, "orders.error.invalid");
            return back;
        }
        try {
            OrderView order = orders.act(user, id, chosen, form.input());
            Flash.success(
                    redirect,
                    "orders.flash.done",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "orders.step." + stepKey(chosen, order)),
                    order.reference());
        } catch (DomainException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return back;
    }

    private static String stepKey(OrderAction action, OrderView order) {
        if (action == OrderAction.ACCEPT && order.status() == coop.relais.orders.OrderStatus.DISPATCHED) {
            return "ACCEPT_JOB";
        }
        return action.name();
    }

    private static String back(String from, UUID id) {
        if ("board".equals(from)) {
            return "redirect:/orders/board";
        }
        if ("job".equals(from)) {
            return "redirect:/provider/jobs/" + id;
        }
        return "redirect:/orders/" + id;
    }
}
