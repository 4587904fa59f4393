package coop.relais.shared.web;

import coop.relais.shared.security.CurrentUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The site a person is working on right now, for people who belong to several (site switcher). Kept
 * in the session; always one of the person's own sites, or any site for an admin who chose one.
 */
public final class SiteSelection {

    static final String ATTRIBUTE = "relais.selectedSite";

    private SiteSelection() {}

    /** The selected site if it is still one of the user's, else their first site. */
    public static Optional<UUID> current(CurrentUser user) {
        Optional<UUID> chosen = chosen();
        if (chosen.isPresent() && (user.isAdmin() || user.belongsTo(chosen.get()))) {
            return chosen;
        }
        return user.allSites().stream().findFirst();
    }

    /**
     * The site whose desk the person works at now: the selected site if they are staff there, else the
     * first site where they are; empty for someone who works at no desk.
     */
    public static Optional<UUID> currentWorkplace(CurrentUser user) {
        Optional<UUID> selected = current(user);
        if (selected.isPresent() && user.worksAt(selected.get())) {
            return selected;
        }
        return user.staffSites().stream().findFirst();
    }

    public static void select(UUID siteId) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, siteId.toString(), RequestAttributes.SCOPE_SESSION);
        }
    }

    private static Optional<UUID> chosen() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        Object value = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_SESSION);
        return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.toString()));
    }
}
