package coop.relais.desk;

import java.util.UUID;

/**
 * A member of the site found at the desk, to receive a parcel or to be served.
 *
 * @param company the client organisation the member works for, when known
 * @param waitingParcels how many parcels wait for them at this site
 */
public record RecipientView(
        UUID accountId, String displayName, String email, String phone, String company, int waitingParcels) {}
