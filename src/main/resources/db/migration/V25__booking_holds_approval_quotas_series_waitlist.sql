-- A booking holds its resource from hold_from to hold_until: its slot with the resource's buffers before and
-- after. Active bookings (HELD for a waitlist offer, PENDING approval, CONFIRMED) and maintenance blocks
-- (MAINTENANCE) never overlap on a resource: on PostgreSQL an exclusion constraint says so (V25_1).

ALTER TABLE booking_resource ADD COLUMN buffer_before_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE booking_resource ADD COLUMN buffer_after_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE booking_resource ADD COLUMN approval_required BOOLEAN DEFAULT FALSE NOT NULL;
-- How long before the start a booking may still be changed, or cancelled.
ALTER TABLE booking_resource ADD COLUMN edit_notice_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE booking_resource ADD COLUMN cancel_notice_minutes INT DEFAULT 0 NOT NULL;
-- Quota per person or per company (their employer), per calendar week or month in the site's zone: at most
-- quota_minutes booked, at most quota_bookings bookings; cancelled bookings count if quota_counts_cancelled.
ALTER TABLE booking_resource ADD COLUMN quota_period VARCHAR(5);
ALTER TABLE booking_resource ADD COLUMN quota_scope VARCHAR(7) DEFAULT 'MEMBER' NOT NULL;
ALTER TABLE booking_resource ADD COLUMN quota_minutes INT;
ALTER TABLE booking_resource ADD COLUMN quota_bookings INT;
ALTER TABLE booking_resource ADD COLUMN quota_counts_cancelled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE booking_resource ADD CONSTRAINT booking_resource_more_rules_check CHECK (
    buffer_before_minutes BETWEEN 0 AND 240 AND buffer_after_minutes BETWEEN 0 AND 240
    AND edit_notice_minutes >= 0 AND cancel_notice_minutes >= 0
    AND (quota_period IS NULL OR quota_period IN ('WEEK', 'MONTH'))
    AND quota_scope IN ('MEMBER', 'COMPANY')
    AND (quota_minutes IS NULL OR quota_minutes > 0) AND (quota_bookings IS NULL OR quota_bookings > 0)
    AND ((quota_period IS NULL) = (quota_minutes IS NULL AND quota_bookings IS NULL)));

-- Who may book, besides the site's staff: when a resource lists companies, only their employees.
CREATE TABLE booking_resource_company (
    resource_id      UUID NOT NULL REFERENCES booking_resource (id),
    organisation_id  UUID NOT NULL REFERENCES client_organisation (id),
    PRIMARY KEY (resource_id, organisation_id)
);

ALTER TABLE booking ADD COLUMN hold_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN hold_until TIMESTAMP WITH TIME ZONE;
UPDATE booking SET hold_from = starts_at, hold_until = ends_at;
ALTER TABLE booking ALTER COLUMN hold_from SET NOT NULL;
ALTER TABLE booking ALTER COLUMN hold_until SET NOT NULL;
-- A recurring booking's occurrences share their series.
ALTER TABLE booking ADD COLUMN series_id UUID;
-- A HELD booking is a waitlist offer, kept for its person alone until then.
ALTER TABLE booking ADD COLUMN offer_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN decided_by UUID REFERENCES account (id);
ALTER TABLE booking ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
-- Why a maintenance block is there, or why a booking was declined.
ALTER TABLE booking ADD COLUMN note VARCHAR(500);
ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check CHECK (status IN
    ('HELD', 'PENDING', 'CONFIRMED', 'MAINTENANCE', 'CANCELLED', 'DECLINED', 'EXPIRED', 'NO_SHOW'));
ALTER TABLE booking ADD CONSTRAINT booking_hold_check CHECK (hold_from <= starts_at AND hold_until >= ends_at);
ALTER TABLE booking ADD CONSTRAINT booking_offer_check CHECK (status <> 'HELD' OR offer_expires_at IS NOT NULL);
CREATE INDEX booking_resource_hold ON booking (resource_id, hold_from);
CREATE INDEX booking_series ON booking (series_id);
CREATE INDEX booking_offers ON booking (status, offer_expires_at);

-- People waiting for a slot of a resource, first come first served.
CREATE TABLE booking_waitlist (
    id            UUID PRIMARY KEY,
    resource_id   UUID NOT NULL REFERENCES booking_resource (id),
    site_id       UUID NOT NULL REFERENCES site (id),
    member_id     UUID NOT NULL REFERENCES account (id),
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- WAITING, OFFERED (a HELD booking is kept for them), BOOKED, PASSED (the offer expired or was declined),
    -- LEFT (they left the list), LAPSED (the slot started).
    status        VARCHAR(8) NOT NULL,
    booking_id    UUID REFERENCES booking (id),
    CONSTRAINT booking_waitlist_times_check CHECK (starts_at < ends_at),
    CONSTRAINT booking_waitlist_status_check CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'PASSED', 'LEFT', 'LAPSED'))
);
CREATE INDEX booking_waitlist_queue ON booking_waitlist (resource_id, status, created_at);
CREATE INDEX booking_waitlist_member ON booking_waitlist (member_id, status);
