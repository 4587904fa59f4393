package coop.relais.shared.web;

import coop.relais.shared.security.CurrentUser;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One entry of the main navigation, declared by the module that owns the page as a bean. The layout
 * shows, in {@code order}, the entries whose {@code visibleTo} accepts the current user, grouped by
 * {@code group} when there are too many to show side by side.
 *
 * @param messageKey the label's key in the messages bundles: the same words as the page's title
 * @param href the link target, a real URL so the navigation works without JavaScript
 * @param group what the person is doing when they follow it
 * @param order position in the bar and in its group (lower first)
 * @param visibleTo who sees the entry
 */
public record NavigationItem(
        String messageKey, String href, NavigationGroup group, int order, Predicate<CurrentUser> visibleTo) {

    public NavigationItem {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(visibleTo, "visibleTo");
    }

    /** Whether a page at {@code path} belongs under this link: the link itself or a page below it. */
    boolean covers(String path) {
        if (path == null) {
            return false;
        }
        if (href.equals("/")) {
            return path.equals("/");
        }
        return path.equals(href) || path.startsWith(href + "/");
    }
}
