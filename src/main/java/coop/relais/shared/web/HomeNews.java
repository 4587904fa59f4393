package coop.relais.shared.web;

import coop.relais.shared.security.CurrentUser;
import java.util.List;
import java.util.UUID;

/**
 * What a module has to say to a person on their home page (an announcement of their site), declared as a bean
 * and gathered on the home page under what waits for them. Read on every visit: keep it cheap.
 */
@FunctionalInterface
public interface HomeNews {

    /** The news for {@code user} at the site they are looking at ({@code siteId}, or null with none). */
    List<NewsItem> newsFor(CurrentUser user, UUID siteId);
}
