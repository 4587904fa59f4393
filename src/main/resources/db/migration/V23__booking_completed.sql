-- A booking whose end has passed is completed once: its price goes to billing (BookingCompleted).
ALTER TABLE booking ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
-- The bookings the completion job looks for: confirmed, ended, not completed yet.
CREATE INDEX booking_to_complete ON booking (completed_at, ends_at);

ALTER TABLE billing_entry DROP CONSTRAINT billing_entry_source_type_check;
ALTER TABLE billing_entry ADD CONSTRAINT billing_entry_source_type_check
    CHECK (source_type IN ('ORDER', 'REQUEST', 'COPIER', 'PAYMENT', 'CREDIT_NOTE', 'SUBSCRIPTION', 'BOOKING'));
