-- When the person was reminded of their booking (the day before), so that they are reminded once.
ALTER TABLE booking ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX booking_to_remind ON booking (status, reminded_at, starts_at);
