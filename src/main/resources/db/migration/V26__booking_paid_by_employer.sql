-- Who pays a resource's bookings: the member (MEMBER), or the company that employs them at the site
-- (EMPLOYER: the booking is free for the member, inside the company's subscription, and charged to the
-- company's account). The employer is frozen on the booking when it is made.
ALTER TABLE booking_resource ADD COLUMN paid_by VARCHAR(8) DEFAULT 'MEMBER' NOT NULL;
ALTER TABLE booking_resource ADD CONSTRAINT booking_resource_paid_by_check CHECK (paid_by IN ('MEMBER', 'EMPLOYER'));
ALTER TABLE booking ADD COLUMN employer_id UUID;
