package coop.relais.shared.web;

import coop.relais.shared.security.CurrentUser;
import java.util.List;
import java.util.UUID;

/**
 * What a module has waiting for a person, declared as a bean by the module and gathered on the home
 * page. Counts must be cheap: each is read on every visit to the home page.
 */
@FunctionalInterface
public interface WaitingWork {

    /**
     * What waits for {@code user}; {@code siteId} is the site they are looking at, or null when they
     * have none selected.
     */
    List<WaitingItem> waitingFor(CurrentUser user, UUID siteId);
}
