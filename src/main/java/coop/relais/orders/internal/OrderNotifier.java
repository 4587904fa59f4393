package coop.relais.orders.internal;

import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.notification.NoticeRequested;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderStatus;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.security.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks the notification module for the e-mails and in-app notices of an order's steps, in the same
 * transaction: the member when their order is accepted, quoted, ready (with the pickup code),
 * delivered, declined or in incident; the provider's staff when a job or a quote request reaches them.
 * Each message has a dedup key made of the order and the step, so a step never notifies twice.
 */
@Component
public class OrderNotifier {

    static final String CATEGORY = "orders";

    private final ApplicationEventPublisher events;
    private final AccountDirectory accounts;
    private final SiteDirectory sites;
    private final PublicLinks links;

    OrderNotifier(ApplicationEventPublisher events, AccountDirectory accounts, SiteDirectory sites, PublicLinks links) {
        this.events = events;
        this.accounts = accounts;
        this.sites = sites;
        this.links = links;
    }

    public void stepTaken(Order order, Step step) {
        OrderData d = order.data();
        String kind = memberMessage(step);
        if (kind != null) {
            accounts.find(d.memberId()).ifPresent(member -> toMember(order, step, kind, member, "/orders/" + d.id()));
        }
        if (Step.CODE_LOCKED.equals(step.action())) {
            events.publishEvent(new NoticeRequested(
                    key(d.id(), "codeLocked", step),
                    d.memberId(),
                    "orders.notice.codeLocked",
                    new Object[] {d.reference(), d.serviceName()},
                    "/orders/" + d.id(),
                    CATEGORY));
        }
        String providerKind = providerMessage(step);
        if (providerKind != null && d.providerId() != null) {
            for (AccountSummary staff : accounts.holdersForOrganisation(Role.PROVIDER, d.providerId())) {
                toProvider(order, step, providerKind, staff);
            }
        }
    }

    /** The member's message for this step, or null. */
    static String memberMessage(Step step) {
        if (step.to() == OrderStatus.ACCEPTED && OrderAction.ACCEPT.name().equals(step.action())) {
            return "accepted";
        }
        if (OrderAction.QUOTE.name().equals(step.action())) {
            return "quoted";
        }
        if (step.to() == OrderStatus.READY && step.from() != OrderStatus.READY) {
            return "ready";
        }
        if (step.to() == OrderStatus.DELIVERED) {
            return "delivered";
        }
        if (OrderAction.DECLINE.name().equals(step.action())) {
            return "declined";
        }
        if (OrderAction.INCIDENT.name().equals(step.action())) {
            return "incident";
        }
        return null;
    }

    /** The provider staff's message for this step, or null. */
    static String providerMessage(Step step) {
        if (step.from() == step.to()) {
            return null;
        }
        if (step.to() == OrderStatus.DISPATCHED) {
            return "dispatched";
        }
        if (step.to() == OrderStatus.QUOTE_REQUESTED) {
            return "quoteRequested";
        }
        return null;
    }

    private void toMember(Order order, Step step, String kind, AccountSummary member, String path) {
        OrderData d = order.data();
        Map<String, Object> model = model(d, path);
        model.put("memberName", member.displayName());
        if ("ready".equals(kind)) {
            model.put("code", d.pickupCode());
        }
        if ("quoted".equals(kind) && d.quoteAmount() != null) {
            model.put("amount", d.quoteAmount().amount());
        }
        if (step.note() != null) {
            model.put("reason", step.note());
        }
        events.publishEvent(new EmailRequested(
                key(d.id(), kind, step),
                member.id(),
                member.email(),
                member.language(),
                "orders/" + kind,
                "orders.mail." + kind + ".subject",
                new Object[] {d.reference(), d.serviceName()},
                CATEGORY,
                model));
        events.publishEvent(new NoticeRequested(
                key(d.id(), kind, step),
                member.id(),
                "orders.notice." + kind,
                new Object[] {d.reference(), d.serviceName()},
                path,
                CATEGORY));
    }

    private void toProvider(Order order, Step step, String kind, AccountSummary staff) {
        OrderData d = order.data();
        String path = "/provider/jobs/" + d.id();
        Map<String, Object> model = model(d, path);
        model.put("memberName", staff.displayName());
        String key = key(d.id(), kind, step) + ":" + staff.id();
        events.publishEvent(new EmailRequested(
                key,
                staff.id(),
                staff.email(),
                staff.language(),
                "orders/" + kind,
                "orders.mail." + kind + ".subject",
                new Object[] {d.reference(), d.serviceName()},
                CATEGORY,
                model));
        events.publishEvent(new NoticeRequested(
                key,
                staff.id(),
                "orders.notice." + kind,
                new Object[] {d.reference(), d.serviceName()},
                path,
                CATEGORY));
    }

    private Map<String, Object> model(OrderData d, String path) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", d.reference());
        model.put("service", d.serviceName());
        model.put("quantity", d.quantity());
        model.put("site", sites.find(d.siteId()).map(SiteView::name).orElse(""));
        model.put("link", links.to(path));
        if (d.dueOn() != null) {
            model.put("dueOn", d.dueOn());
        }
        return model;
    }

    private static String key(UUID orderId, String kind, Step step) {
        return "order:" + orderId + ":" + kind + ":" + step.seq();
    }
}
