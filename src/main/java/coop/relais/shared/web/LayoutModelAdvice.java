package coop.relais.shared.web;

import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUsers;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs on every page: the current user and their navigation. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final List<NavigationItem> items;

    LayoutModelAdvice(ObjectProvider<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUsers.current().orElse(null);
    }

    @ModelAttribute("requestPath")
    String requestPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("navigation")
    NavigationMenu navigation(jakarta.servlet.http.HttpServletRequest request) {
        if (ApiRequests.isApi(request)) {
            return NavigationMenu.EMPTY;
        }
        String path = requestPath(request);
        return CurrentUsers.current()
                .map(user -> NavigationMenu.of(
                        items.stream()
                                .filter(item -> item.visibleTo().test(user))
                                .toList(),
                        path))
                .orElse(NavigationMenu.EMPTY);
    }
}
