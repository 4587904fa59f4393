-- Shared resources of a site (meeting rooms, equipment to lend, later vehicles) and their bookings.
-- A booking is [starts_at, ends_at): the end is free for the next one. Rules are evaluated in the
-- site's time zone; the times are stored as instants.

CREATE TABLE booking_resource (
    id              UUID PRIMARY KEY,
    site_id         UUID NOT NULL REFERENCES site (id),
    name            VARCHAR(120) NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    description     VARCHAR(1000),
    capacity        INT,
    -- The rules: shortest and longest booking, notice before it starts, how far ahead, opening hours.
    min_minutes     INT DEFAULT 30 NOT NULL,
    max_minutes     INT DEFAULT 240 NOT NULL,
    notice_minutes  INT DEFAULT 0 NOT NULL,
    horizon_days    INT DEFAULT 60 NOT NULL,
    opens_at        TIME NOT NULL,
    closes_at       TIME NOT NULL,
    -- Per hour, VAT included; null: free of charge.
    price_per_hour  NUMERIC(12, 2),
    vat_rate        NUMERIC(5, 2) DEFAULT 20 NOT NULL,
    -- Taken out of service (under maintenance, broken): refuses every booking.
    blocked         BOOLEAN DEFAULT FALSE NOT NULL,
    active          BOOLEAN DEFAULT TRUE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT booking_resource_kind_check CHECK (kind IN ('ROOM', 'VEHICLE', 'EQUIPMENT')),
    CONSTRAINT booking_resource_rules_check CHECK (min_minutes >= 15 AND max_minutes >= min_minutes
        AND max_minutes <= 20160 AND notice_minutes >= 0 AND horizon_days BETWEEN 1 AND 366 AND opens_at < closes_at),
    CONSTRAINT booking_resource_price_check CHECK (price_per_hour IS NULL OR price_per_hour >= 0),
    CONSTRAINT booking_resource_vat_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20)),
    CONSTRAINT booking_resource_capacity_check CHECK (capacity IS NULL OR capacity > 0)
);
CREATE UNIQUE INDEX booking_resource_name ON booking_resource (site_id, name);

CREATE TABLE booking (
    id            UUID PRIMARY KEY,
    resource_id   UUID NOT NULL REFERENCES booking_resource (id),
    site_id       UUID NOT NULL REFERENCES site (id),
    member_id     UUID NOT NULL REFERENCES account (id),
    booked_by     UUID NOT NULL REFERENCES account (id),
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- CONFIRMED holds the slot; CANCELLED frees it (the row stays, never deleted).
    status        VARCHAR(12) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    -- The Idempotency-Key the booking was made with (per person booking), and what the request said.
    idem_key      VARCHAR(200),
    request_hash  VARCHAR(64),
    CONSTRAINT booking_times_check CHECK (starts_at < ends_at),
    CONSTRAINT booking_status_check CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    CONSTRAINT booking_cancelled_check CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
-- A resource's bookings in time order: overlap checks, availability, the day's grid.
CREATE INDEX booking_resource_time ON booking (resource_id, starts_at);
-- A member's bookings, newest first.
CREATE INDEX booking_member ON booking (member_id, starts_at);
CREATE UNIQUE INDEX booking_idempotency ON booking (booked_by, idem_key);
