package coop.relais.orders.web;

import coop.relais.orders.OrderingChoices;
import coop.relais.orders.OrdersAtTheDesk;
import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.SiteSelection;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The desk board of the site the concierge works on: the full page, or only the {@code desk-board}
 * fragment when htmx polls it.
 */
@Controller
class DeskBoardController {

    private final OrdersAtTheDesk desk;
    private final OrderingChoices choices;

    DeskBoardController(OrdersAtTheDesk desk, OrderingChoices choices) {
        this.desk = desk;
        this.choices = choices;
    }

    @GetMapping("/orders/board")
    String board(CurrentUser user, @RequestParam(required = false) UUID siteId, Model model) {
        Optional<UUID> site = siteOf(user, siteId);
        if (site.isEmpty()) {
            return "orders/board-nosite";
        }
        model.addAttribute("board", desk.board(user, site.get()));
        model.addAttribute("offers", choices.offersToOrder(user, site.get()));
        return "orders/board";
    }

    /**
     * The board's refresh, every 20 seconds from each open board: 304 with no body when nothing changed
     * since the version the browser holds (its {@code If-None-Match}), the board fragment otherwise.
     */
    @HxRequest
    @GetMapping("/orders/board")
    String boardRefresh(
            CurrentUser user,
            @RequestParam(required = false) UUID siteId,
            Locale locale,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<UUID> site = siteOf(user, siteId);
        if (site.isEmpty()) {
            return "orders/board-nosite";
        }
        String version = desk.boardVersion(user, site.get()) + "|" + user.accountId() + "|" + locale;
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (request.checkNotModified(etag(version))) {
            return null;
        }
        model.addAttribute("board", desk.board(user, site.get()));
        return "orders/board :: desk-board";
    }

    private static Optional<UUID> siteOf(CurrentUser user, UUID siteId) {
        if (!user.isAdmin() && user.staffSites().isEmpty()) {
            throw new AccessDeniedException("Desk staff only");
        }
        return Optional.ofNullable(siteId)
                .or(() -> SiteSelection.current(user).filter(user::worksAt))
                .or(() -> user.staffSites().stream().findFirst());
    }

    private static String etag(String version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
