package coop.relais.notification.web;

import coop.relais.notification.internal.NoticePage;
import coop.relais.notification.internal.NoticeView;
import coop.relais.notification.internal.NotificationCentre;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUsers;
import coop.relais.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The in-app notification centre of the signed-in person, and the unread badge of the navbar. */
@Controller
class NotificationController {

    static final int PAGE_SIZE = 20;
    /** htmx event sent when notices change, so that the navbar badge refreshes at once. */
    static final String CHANGED = "notices-changed";

    private static final View NO_CONTENT =
            (model, request, response) -> response.setStatus(HttpServletResponse.SC_NO_CONTENT);

    private final NotificationCentre centre;
    private final SiteDirectory sites;

    NotificationController(NotificationCentre centre, SiteDirectory sites) {
        this.centre = centre;
        this.sites = sites;
    }

    @GetMapping("/notifications")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        NoticePage notices = centre.page(user, page, PAGE_SIZE, locale);
        model.addAttribute("notices", notices.notices());
        model.addAttribute("unread", notices.unread());
        model.addAttribute("page", notices.notices().page());
        model.addAttribute("times", DisplayTimes.in(sites.zoneOf(user)));
        return "notification/notifications";
    }

    /** Opening a notice marks it read and leads to what it is about. */
    @GetMapping("/notifications/{id}/open")
    String open(CurrentUser user, @PathVariable UUID id, Locale locale) {
        NoticeView notice = centre.markRead(user, id, locale);
        return notice.link() == null ? "redirect:/notifications" : "redirect:" + notice.link();
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return markRead(user, id, page, locale, response, model, redirect, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @PostMapping("/notifications/{id}/read")
    String markReadInPlace(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return markRead(user, id, page, locale, response, model, redirect, true);
    }

    private String markRead(
            CurrentUser user,
            UUID id,
            int page,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            boolean fragment) {
        NoticeView notice = centre.markRead(user, id, locale);
        if (fragment) {
            response.setHeader("HX-Trigger", CHANGED);
            model.addAttribute("n", notice);
            model.addAttribute("page", page);
            model.addAttribute("times", DisplayTimes.in(sites.zoneOf(user)));
            return "notification/notice :: notice";
        }
        Flash.success(redirect, "notification.centre.marked");
        return "redirect:/notifications?page=" + Math.max(page, 0);
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(CurrentUser user, RedirectAttributes redirect) {
        int count = centre.markAllRead(user);
        Flash.success(redirect, "notification.centre.allMarked", count);
        return "redirect:/notifications";
    }

    /**
     * The navbar link with the unread count, loaded by htmx on every page. Open to anonymous requests
     * (answered with 204, nothing to swap), so that an expired session never swaps the login page
     * into the navbar.
     */
    @GetMapping("/notifications/badge")
    ModelAndView badge(HttpServletResponse response) {
        Optional<CurrentUser> user = CurrentUsers.current();
        if (user.isEmpty()) {
            return new ModelAndView(NO_CONTENT);
        }
        response.setHeader("Cache-Control", "no-store");
        return new ModelAndView("notification/badge :: badge", Map.of("unread", centre.unreadCount(user.get())));
    }
}
