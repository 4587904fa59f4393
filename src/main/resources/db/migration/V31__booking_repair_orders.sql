-- A damage's repair is ordered from a provider as an order of the site (paid in full by its owner). The
-- damage keeps the order it led to, at most one; the order itself lives in the orders module.
ALTER TABLE booking_damage ADD COLUMN repair_order_id UUID;
ALTER TABLE booking_damage ADD COLUMN repair_order_reference VARCHAR(40);
ALTER TABLE booking_damage ADD CONSTRAINT booking_damage_repair_order_check
    CHECK ((repair_order_id IS NULL) = (repair_order_reference IS NULL));
CREATE UNIQUE INDEX booking_damage_repair_order ON booking_damage (repair_order_id);
CREATE INDEX booking_damage_open ON booking_damage (resource_id, repaired_at);
