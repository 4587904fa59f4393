package coop.relais.organisation.internal;

import coop.relais.shared.AccessDeniedException;
import coop.relais.shared.security.CurrentUser;

final class Admins {

    private Admins() {}

    static void require(CurrentUser actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only the head office may change the network");
        }
    }
}
