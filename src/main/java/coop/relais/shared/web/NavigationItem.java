package coop.relais.shared.web;

import coop.relais.shared.security.CurrentUser;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One entry of the main navigation, declared by the module that owns the page as a bean. The layout
 * shows, in {@code order}, the entries whose {@code visibleTo} accepts the current user.
 *
 * @param messageKey the label's key in the messages bundles
 * @param href the link target, a real URL so the navigation works without JavaScript
 * @param order position in the bar (lower first)
 * @param visibleTo who sees the entry
 */
public record NavigationItem(String messageKey, String href, int order, Predicate<CurrentUser> visibleTo) {

    public NavigationItem {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(visibleTo, "visibleTo");
    }
}
