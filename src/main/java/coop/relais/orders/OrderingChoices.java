package coop.relais.orders;

import coop.relais.catalogue.Catalogue;
import coop.relais.catalogue.OfferView;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the order form offers to choose from: the offers a person may order at a site and, at the
 * desk, the member the order is for.
 */
@Service
public class OrderingChoices {

    private final Catalogue catalogue;
    private final AccountDirectory accounts;

    OrderingChoices(Catalogue catalogue, AccountDirectory accounts) {
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    /** An offer the person may order (404 otherwise). */
    @Transactional(readOnly = true)
    public OfferView orderableOffer(CurrentUser user, UUID offerId) {
        return catalogue.orderableOffer(user, offerId);
    }

    /** The offers the person may order at the site: all active ones for its staff, the members' ones for a member. */
    @Transactional(readOnly = true)
    public List<OfferView> offersToOrder(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.belongsTo(siteId)) {
            return List.of();
        }
        boolean staff = user.worksAt(siteId);
        return catalogue.activeOffersAt(siteId).stream()
                .filter(offer -> staff || !offer.forOrganisations())
                .toList();
    }

    /** Members of the site matching a name, e-mail or phone, for the desk ordering for someone. */
    @Transactional(readOnly = true)
    public List<AccountSummary> searchMembers(CurrentUser user, UUID siteId, String query) {
        if (!user.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        String cleaned = query == null ? "" : query.strip();
        if (cleaned.length() < 2 || cleaned.length() > 100) {
            return List.of();
        }
        return accounts.searchMembers(user, siteId, cleaned, 20);
    }

    /** A member of the site, for the desk ordering for them; empty if not a member there. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> memberForDesk(CurrentUser user, UUID siteId, UUID memberId) {
        if (memberId == null || !user.worksAt(siteId) || !accounts.holds(memberId, Role.MEMBER, siteId)) {
            return Optional.empty();
        }
        return accounts.find(memberId);
    }
}
