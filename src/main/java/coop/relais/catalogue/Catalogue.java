package coop.relais.catalogue;

import coop.relais.catalogue.internal.OfferRepository;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the catalogue for other modules. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final OfferRepository offers;

    Catalogue(OfferRepository offers) {
        this.offers = offers;
    }

    /** An offer by id, active or not, for system use; no scope check. */
    public Optional<OfferView> findOffer(UUID offerId) {
        return offers.find(offerId);
    }

    /**
     * An active offer the user may order at its site (a member of the site, or its staff ordering for
     * a member). Anything else is "not found", so other sites' offers reveal nothing.
     */
    public OfferView orderableOffer(CurrentUser user, UUID offerId) {
        return offers.find(offerId)
                .filter(OfferView::active)
                .filter(offer -> user.belongsTo(offer.siteId()))
                .orElseThrow(() -> new NotFoundException("offer"));
    }

    /** Active offers of a site, by category then service name. */
    public List<OfferView> activeOffersAt(UUID siteId) {
        return offers.activeAt(siteId);
    }
}
