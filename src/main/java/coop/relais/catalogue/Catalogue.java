package coop.relais.catalogue;

import coop.relais.catalogue.internal.OfferRepository;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the catalogue for other modules and for the catalogue's own pages. Methods that take
 * a {@link CurrentUser} check the scope: a site's offers are visible to the people of that site only,
 * and à-la-carte offers for client organisations to its staff only; anything else is "not found".
 */
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
     * a member). Anything else is "not found", so other sites' offers reveal nothing. À-la-carte
     * offers ({@link OfferView#forOrganisations()}) are returned too: the caller decides who may
     * order them.
     */
    public OfferView orderableOffer(CurrentUser user, UUID offerId) {
        return offers.find(offerId)
                .filter(OfferView::active)
                .filter(offer -> user.belongsTo(offer.siteId()))
                .orElseThrow(() -> new NotFoundException("offer"));
    }

    /** Active offers of a site, by category then service name; no scope check. */
    public List<OfferView> activeOffersAt(UUID siteId) {
        return offers.activeAt(siteId);
    }

    /**
     * The active offers of a site as the user may see them: members see what they can order (not the
     * à-la-carte offers for organisations), staff see everything active. 404 for anyone else.
     */
    public List<OfferView> visibleOffersAt(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.belongsTo(siteId)) {
            throw new NotFoundException("site");
        }
        return offers.activeAt(siteId).stream()
                .filter(offer -> mayView(user, offer))
                .toList();
    }

    /** One active offer as the user may see it (same rule as {@link #visibleOffersAt}); else 404. */
    public OfferView visibleOffer(CurrentUser user, UUID offerId) {
        return offers.find(offerId)
                .filter(OfferView::active)
                .filter(offer -> mayView(user, offer))
                .orElseThrow(() -> new NotFoundException("offer"));
    }

    /** The site's active à-la-carte offers for client organisations (e.g. badge activation); no scope check. */
    public List<OfferView> offersForOrganisations(UUID siteId) {
        return offers.activeAt(siteId).stream()
                .filter(OfferView::forOrganisations)
                .toList();
    }

    /** Whether the offer exists, is active and is taken in on that weekday. */
    public boolean isOfferedOn(UUID offerId, DayOfWeek day) {
        return offers.find(offerId)
                .filter(OfferView::active)
                .map(offer -> offer.daysOffered().contains(day))
                .orElse(false);
    }

    private static boolean mayView(CurrentUser user, OfferView offer) {
        return user.belongsTo(offer.siteId()) && (!offer.forOrganisations() || user.worksAt(offer.siteId()));
    }
}
