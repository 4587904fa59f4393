package coop.relais.booking.internal;

import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happens once a booking is used: check-in, pickup and return, each recorded once. */
@Repository
public class HandoverRepository {

    private final JdbcClient jdbc;

    HandoverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks a confirmed booking in; false if it was not confirmed or already checked in. */
    public boolean checkIn(UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE booking SET checked_in_at = ?
                        WHERE id = ? AND status = 'CONFIRMED' AND checked_in_at IS NULL""").params(Instants.param(at), id).update() == 1;
    }

    /** Records the pickup of a confirmed booking not picked up yet; false otherwise. */
    public boolean pickUp(UUID id, Instant at, Integer km, Integer energy) {
        return jdbc.sql("""
                        UPDATE booking SET picked_up_at = ?, pickup_km = ?, pickup_energy = ?
                        WHERE id = ? AND status = 'CONFIRMED' AND picked_up_at IS NULL""").params(Instants.param(at), km, energy, id).update() == 1;
    }

    /** Records the return of a booking picked up and not returned yet; false otherwise. */
    public boolean giveBack(UUID id, Instant at, Integer km, Integer energy) {
        return jdbc.sql("""
                        UPDATE booking SET returned_at = ?, return_km = ?, return_energy = ?
                        WHERE id = ? AND picked_up_at IS NOT NULL AND returned_at IS NULL""").params(Instants.param(at), km, energy, id).update() == 1;
    }
}
