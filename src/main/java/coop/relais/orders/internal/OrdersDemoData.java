package coop.relais.orders.internal;

import static coop.relais.shared.demo.DemoIds.*;

import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.OfferView;
import coop.relais.orders.ActionInput;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderManagement;
import coop.relais.orders.OrderView;
import coop.relais.orders.PlaceOrder;
import coop.relais.shared.demo.DemoDataContributor;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.security.RoleGrant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders in every state at Bastide and Aquitaine Logistique, placed and moved through the real use
 * cases, so that the desk board and the provider portal are not empty on a first visit.
 */
@Component
class OrdersDemoData implements DemoDataContributor {

    private static final CurrentUser HABITANT = new CurrentUser(
            ACCOUNT_HABITANT,
            "habitant@relais.test",
            "Lucien Garreau",
            "fr",
            List.of(RoleGrant.atSite(Role.MEMBER, SITE_BASTIDE)));
    private static final CurrentUser SALARIE = new CurrentUser(
            ACCOUNT_SALARIE,
            "salarie@relais.test",
            "Inès Carvalho",
            "fr",
            List.of(new RoleGrant(Role.MEMBER, SITE_AQUITAINE, CLIENT_AQUITAINE_LOGISTIQUE)));
    private static final CurrentUser CONCIERGE = new CurrentUser(
            ACCOUNT_CONCIERGE,
            "concierge@relais.test",
            "Karim Benali",
            "fr",
            List.of(RoleGrant.atSite(Role.CONCIERGE, SITE_BASTIDE)));
    private static final CurrentUser CONCIERGE2 = new CurrentUser(
            ACCOUNT_CONCIERGE2,
            "concierge2@relais.test",
            "Sandrine Morel",
            "fr",
            List.of(RoleGrant.atSite(Role.CONCIERGE, SITE_AQUITAINE)));
    private static final CurrentUser PRESSING = new CurrentUser(
            ACCOUNT_PRESSING,
            "pressing@relais.test",
            "Moussa Diallo",
            "fr",
            List.of(RoleGrant.forOrganisation(Role.PROVIDER, PROVIDER_PRESSING)));

    private final OrderManagement orders;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final Clock clock;

    OrdersDemoData(OrderManagement orders, Catalogue catalogue, JdbcClient jdbc, Clock clock) {
        this.orders = orders;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        UUID costume = offer(SITE_BASTIDE, "Pressing — costume deux pièces");
        UUID heels = offer(SITE_BASTIDE, "Cordonnerie — talons");
        UUID ironing = offer(SITE_BASTIDE, "Repassage au kilo");

        // Bastide: one order at each step of the loop.
        place(HABITANT, costume, 1, "Costume pour un mariage samedi prochain.");
        OrderView accepted = place(HABITANT, heels, 1, null);
        act(CONCIERGE, accepted, OrderAction.ACCEPT, ActionInput.NONE);
        OrderView dispatched = place(HABITANT, ironing, 3, "Environ 3 kg de linge.");
        act(CONCIERGE, dispatched, OrderAction.ACCEPT, ActionInput.NONE);
        dispatch(dispatched);
        OrderView inProgress = place(HABITANT, OFFER_BASTIDE_CHEMISE, 5, "Amidon léger, merci.");
        toInProgress(inProgress);
        OrderView ready = place(HABITANT, OFFER_BASTIDE_CHEMISE, 2, null);
        toInProgress(ready);
        act(PRESSING, ready, OrderAction.READY, ActionInput.NONE);
        OrderView delivered = place(HABITANT, OFFER_BASTIDE_CHEMISE, 4, null);
        toInProgress(delivered);
        act(PRESSING, delivered, OrderAction.READY, ActionInput.NONE);
        act(
                CONCIERGE,
                delivered,
                OrderAction.DELIVER,
                new ActionInput(null, null, null, null, true, "Lucien Garreau (carte d'identité)"));
        place(HABITANT, OFFER_BASTIDE_RETOUCHES, 1, "Ourlet d'un pantalon, 3 cm.");
        OrderView late = place(HABITANT, OFFER_BASTIDE_CHEMISE, 1, null);
        toInProgress(late);
        makeLate(late);

        // Aquitaine Logistique: the employer pays half, up to 30 € a month.
        place(SALARIE, OFFER_AQUITAINE_CHEMISE, 3, null);
        OrderView atPressing = place(SALARIE, OFFER_AQUITAINE_CHEMISE, 6, null);
        act(CONCIERGE2, atPressing, OrderAction.ACCEPT, ActionInput.NONE);
        act(CONCIERGE2, atPressing, OrderAction.DISPATCH, provider());
        OrderView readyAtAquitaine = place(SALARIE, OFFER_AQUITAINE_CHEMISE, 2, null);
        act(CONCIERGE2, readyAtAquitaine, OrderAction.ACCEPT, ActionInput.NONE);
        act(CONCIERGE2, readyAtAquitaine, OrderAction.DISPATCH, provider());
        act(PRESSING, readyAtAquitaine, OrderAction.START, ActionInput.NONE);
        act(PRESSING, readyAtAquitaine, OrderAction.READY, ActionInput.NONE);
    }

    private UUID offer(UUID site, String serviceName) {
        return catalogue.activeOffersAt(site).stream()
                .filter(o -> o.serviceName().equals(serviceName))
                .map(OfferView::id)
                .findFirst()
                .orElse(OFFER_BASTIDE_CHEMISE);
    }

    private OrderView place(CurrentUser member, UUID offerId, int quantity, String note) {
        return orders.place(member, new PlaceOrder(offerId, quantity, note, null));
    }

    private void act(CurrentUser user, OrderView order, OrderAction action, ActionInput input) {
        orders.act(user, order.id(), action, input);
    }

    private static ActionInput provider() {
        return new ActionInput(PROVIDER_PRESSING, null, null, null, false, null);
    }

    private void dispatch(OrderView order) {
        act(CONCIERGE, order, OrderAction.DISPATCH, provider());
    }

    private void toInProgress(OrderView order) {
        act(CONCIERGE, order, OrderAction.ACCEPT, ActionInput.NONE);
        dispatch(order);
        act(PRESSING, order, OrderAction.ACCEPT, ActionInput.NONE);
        act(PRESSING, order, OrderAction.START, ActionInput.NONE);
    }

    /** Moves an order back in time so that it is two days past due. */
    private void makeLate(OrderView order) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        jdbc.sql("UPDATE customer_order SET due_on = ?, placed_at = ? WHERE id = ?")
                .params(
                        today.minusDays(2),
                        today.minusDays(5)
                                .atStartOfDay(ZoneId.of("Europe/Paris"))
                                .toOffsetDateTime(),
                        order.id())
                .update();
        jdbc.sql("UPDATE order_event SET occurred_at = ? WHERE order_id = ?")
                .params(
                        today.minusDays(5)
                                .atTime(10, 0)
                                .atZone(ZoneId.of("Europe/Paris"))
                                .toOffsetDateTime(),
                        order.id())
                .update();
    }
}
