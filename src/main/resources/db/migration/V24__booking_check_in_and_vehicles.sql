-- Rooms are checked in; one not checked in by the end of its grace period is released (NO_SHOW: the row
-- stays as a record, the slot is free). Vehicles are picked up and returned with their odometer and
-- energy level; a damage report takes the vehicle out of service. Drivers keep a licence on file.

-- Minutes after the start a room may still be checked in; null: no check-in asked.
ALTER TABLE booking_resource ADD COLUMN check_in_grace_minutes INT;
ALTER TABLE booking_resource ADD COLUMN plate VARCHAR(20);
ALTER TABLE booking_resource ADD COLUMN energy VARCHAR(10);
ALTER TABLE booking_resource ADD COLUMN odometer_km INT;
-- Per km driven, VAT included, on top of the price per hour; null: km are not charged.
ALTER TABLE booking_resource ADD COLUMN price_per_km NUMERIC(12, 2);
ALTER TABLE booking_resource ADD CONSTRAINT booking_resource_grace_check
    CHECK (check_in_grace_minutes IS NULL OR check_in_grace_minutes BETWEEN 5 AND 120);
ALTER TABLE booking_resource ADD CONSTRAINT booking_resource_vehicle_check
    CHECK ((kind = 'VEHICLE') = (plate IS NOT NULL AND energy IS NOT NULL AND odometer_km IS NOT NULL));
ALTER TABLE booking_resource ADD CONSTRAINT booking_resource_energy_check
    CHECK (energy IS NULL OR energy IN ('FUEL', 'ELECTRIC'));
ALTER TABLE booking_resource ADD CONSTRAINT booking_resource_km_check
    CHECK ((odometer_km IS NULL OR odometer_km >= 0) AND (price_per_km IS NULL OR price_per_km >= 0));

ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check CHECK (status IN ('CONFIRMED', 'CANCELLED', 'NO_SHOW'));
ALTER TABLE booking ADD COLUMN checked_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN released_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN picked_up_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN pickup_km INT;
ALTER TABLE booking ADD COLUMN pickup_energy INT;
ALTER TABLE booking ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN return_km INT;
ALTER TABLE booking ADD COLUMN return_energy INT;
-- When the next person and the desk were told the vehicle was not back at the end of the booking.
ALTER TABLE booking ADD COLUMN late_alerted_at TIMESTAMP WITH TIME ZONE;
-- Why a booking was cancelled when its person did not cancel it (e.g. DAMAGE: the vehicle was damaged).
ALTER TABLE booking ADD COLUMN cancel_reason VARCHAR(20);
ALTER TABLE booking ADD CONSTRAINT booking_no_show_check CHECK ((status = 'NO_SHOW') = (released_at IS NOT NULL));
ALTER TABLE booking ADD CONSTRAINT booking_trip_check CHECK (
    (pickup_km IS NULL OR pickup_km >= 0) AND (return_km IS NULL OR return_km >= pickup_km)
    AND (pickup_energy IS NULL OR pickup_energy BETWEEN 0 AND 100)
    AND (return_energy IS NULL OR return_energy BETWEEN 0 AND 100)
    AND (returned_at IS NULL OR picked_up_at IS NOT NULL));
-- The rooms to release: confirmed, not checked in, started.
CREATE INDEX booking_to_release ON booking (status, checked_in_at, starts_at);

-- A damage found on a vehicle (or any resource): it is out of service until the desk marks it repaired.
CREATE TABLE booking_damage (
    id            UUID PRIMARY KEY,
    resource_id   UUID NOT NULL REFERENCES booking_resource (id),
    booking_id    UUID REFERENCES booking (id),
    reported_by   UUID NOT NULL REFERENCES account (id),
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    photo         BYTEA,
    photo_type    VARCHAR(40),
    repaired_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT booking_damage_photo_check CHECK ((photo IS NULL) = (photo_type IS NULL))
);
CREATE INDEX booking_damage_resource ON booking_damage (resource_id, reported_at);

-- A person's driving licence: valid on the day of a vehicle booking and on the day of pickup.
CREATE TABLE driving_licence (
    account_id    UUID PRIMARY KEY REFERENCES account (id),
    number        VARCHAR(20) NOT NULL,
    expires_on    DATE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A calendar feed: a person's own bookings (resource_id null) or a resource's busy slots, asked for by
-- account_id. The URL holds a random token (shown again to its owner); revoking it ends the feed.
CREATE TABLE booking_calendar_feed (
    id            UUID PRIMARY KEY,
    account_id    UUID NOT NULL REFERENCES account (id),
    resource_id   UUID REFERENCES booking_resource (id),
    token         VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX booking_calendar_feed_token ON booking_calendar_feed (token);
CREATE INDEX booking_calendar_feed_account ON booking_calendar_feed (account_id, resource_id, revoked_at);

-- An e-mail may carry one text attachment (a booking's .ics).
ALTER TABLE mail_outbox ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE mail_outbox ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE mail_outbox ADD COLUMN attachment_text TEXT;
