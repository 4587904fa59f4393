package coop.relais.orders.web;

import coop.relais.orders.OrderManagement;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.SiteSelection;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk board of the site the concierge works on: the full page, or only the {@code desk-board}
 * fragment when htmx polls it.
 */
@Controller
class DeskBoardController {

    private final OrderManagement orders;

    DeskBoardController(OrderManagement orders) {
        this.orders = orders;
    }

    @GetMapping("/orders/board")
    String board(CurrentUser user, @RequestParam(required = false) UUID siteId, Model model) {
        return board(user, siteId, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/orders/board")
    String boardRefresh(CurrentUser user, @RequestParam(required = false) UUID siteId, Model model) {
        return board(user, siteId, model, true);
    }

    private String board(CurrentUser user, UUID siteId, Model model, boolean fragment) {
        if (!user.isAdmin() && user.staffSites().isEmpty()) {
            throw new AccessDeniedException("Desk staff only");
        }
        Optional<UUID> site = Optional.ofNullable(siteId)
                .or(() -> SiteSelection.current(user).filter(user::worksAt))
                .or(() -> user.staffSites().stream().findFirst());
        if (site.isEmpty()) {
            return "orders/board-nosite";
        }
        model.addAttribute("board", orders.board(user, site.get()));
        if (!fragment) {
            model.addAttribute("offers", orders.offersToOrder(user, site.get()));
        }
        return fragment ? "orders/board :: desk-board" : "orders/board";
    }
}
