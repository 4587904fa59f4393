package coop.relais.billing;

import coop.relais.billing.internal.DeskSeals;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sealed days of a desk: each closing seals the payments taken since the previous one in a hash
 * chain; verifying recomputes the chain from the payments as they are now, so a payment changed,
 * added or removed afterwards shows as a broken seal from that day on.
 */
@Service
@Transactional(readOnly = true)
public class SealedDays {

    private final DeskSeals seals;

    SealedDays(DeskSeals seals) {
        this.seals = seals;
    }

    /** The site's seals, newest first, for the people who work there. */
    public List<SealView> verify(CurrentUser reader, UUID siteId) {
        if (siteId == null || !reader.worksAt(siteId)) {
            throw new NotFoundException("site");
        }
        return seals.verify(siteId).stream()
                .map(c -> new SealView(
                        c.seal().id(),
                        c.seal().businessDate(),
                        c.seal().sealedAt(),
                        c.seal().paymentCount(),
                        c.seal().paymentTotal(),
                        c.seal().sealHash(),
                        c.intact()))
                .toList();
    }
}
