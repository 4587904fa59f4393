package coop.relais.exchange;

import coop.relais.exchange.internal.SelRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SELs of the sites a person belongs to: joining one (accepting its charter), one's position, the
 * members, one's statement, and for its coordinators the live reconciliation.
 */
@Service
public class Sels {

    private final SelRepository sels;
    private final Clock clock;

    Sels(SelRepository sels, Clock clock) {
        this.sels = sels;
        this.clock = clock;
    }

    /** The SELs of the sites the person belongs to or coordinates a SEL at. */
    public List<SelView> mine(CurrentUser user) {
        java.util.Set<UUID> sites = new java.util.LinkedHashSet<>(user.allSites());
        sites.addAll(user.sitesWhere(Role.SEL_COORDINATOR));
        return sels.ofSites(sites);
    }

    /** The SEL, to the people of its site and its coordinators; others find nothing (404). */
    public SelView visible(CurrentUser user, UUID selId) {
        return (selId == null ? Optional.<SelView>empty() : sels.find(selId))
                .filter(s -> user.belongsTo(s.siteId()) || user.hasAt(Role.SEL_COORDINATOR, s.siteId()))
                .orElseThrow(() -> new NotFoundException("sel"));
    }

    /** Joins the SEL, accepting its charter: members of the site only. Joining again changes nothing. */
    @Transactional
    public Position join(CurrentUser user, UUID selId, boolean charterAccepted) {
        SelView sel = visible(user, selId);
        if (!user.hasAt(Role.MEMBER, sel.siteId())) {
            throw new DomainException("exchange.join.membersOnly");
        }
        Optional<Position> already = sels.position(sel, user.accountId());
        if (already.isPresent()) {
            return already.get();
        }
        if (!charterAccepted) {
            throw DomainException.invalid("exchange.join.charter");
        }
        try {
            sels.openAccount(sel.id(), user.accountId(), clock.instant());
        } catch (DuplicateKeyException raced) {
            // Joined twice at once: the first one stands.
        }
        return sels.position(sel, user.accountId()).orElseThrow();
    }

    public Optional<Position> position(CurrentUser user, UUID selId) {
        return sels.position(visible(user, selId), user.accountId());
    }

    /** The person's position; 409 when they have not joined. */
    public Position me(CurrentUser user, UUID selId) {
        return position(user, selId).orElseThrow(() -> new DomainException("exchange.notMember"));
    }

    /**
     * The SEL's members, to its members and coordinators: members see what the SEL's participation view
     * shows of each other, coordinators everything.
     */
    public List<Neighbour> members(CurrentUser user, UUID selId) {
        SelView sel = visible(user, selId);
        boolean everything = coordinates(user, sel);
        if (!everything && sels.position(sel, user.accountId()).isEmpty()) {
            throw new DomainException("exchange.notMember");
        }
        return sels.standings(sel, clock.instant()).stream()
                .map(s -> Neighbour.of(s, sel.participation(), everything))
                .toList();
    }

    /** The person's statement, newest first, a page of {@code limit} before position {@code before}. */
    public List<StatementLine> statement(CurrentUser user, UUID selId, Long before, int limit) {
        Position me = me(user, selId);
        return sels.statement(me.accountId(), before, Math.max(1, Math.min(limit, 500)));
    }

    /** The live reconciliation, for the SEL's coordinators. */
    public Integrity integrity(CurrentUser user, UUID selId) {
        SelView sel = visible(user, selId);
        if (!coordinates(user, sel)) {
            throw new NotFoundException("sel");
        }
        return sels.integrity(sel.id());
    }

    /** The SEL's coordinators: those given the role at its site, its site's managers (who give it), admins. */
    public boolean coordinates(CurrentUser user, SelView sel) {
        return user.isAdmin() || user.hasAt(Role.SEL_COORDINATOR, sel.siteId()) || user.manages(sel.siteId());
    }
}
