package coop.relais.desk.internal;

import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Six-digit one-time pickup codes, unique among the parcels waiting at a site. */
@Component
public class PickupCodes {

    private final SecureRandom random = new SecureRandom();
    private final ParcelRepository parcels;

    PickupCodes(ParcelRepository parcels) {
        this.parcels = parcels;
    }

    public String newCode(UUID siteId) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = String.format("%06d", random.nextInt(1_000_000));
            if (!parcels.codeInUse(siteId, code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free pickup code at site " + siteId);
    }
}
