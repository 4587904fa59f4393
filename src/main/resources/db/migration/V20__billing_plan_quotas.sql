-- What a subscription includes each month: a number of à-la-carte requests and of black-and-white
-- copier pages, charged nothing while the month's quota lasts.
ALTER TABLE billing_plan ADD COLUMN included_requests INT DEFAULT 0 NOT NULL;
ALTER TABLE billing_plan ADD COLUMN included_copier_pages INT DEFAULT 0 NOT NULL;
ALTER TABLE billing_plan ADD CONSTRAINT billing_plan_quotas_check
    CHECK (included_requests >= 0 AND included_requests <= 100000 AND included_copier_pages >= 0
        AND included_copier_pages <= 10000000);
-- For a charge: how many units of it (requests, pages) the holder's subscription included.
ALTER TABLE billing_entry ADD COLUMN included_units INT;
ALTER TABLE billing_entry ADD CONSTRAINT billing_entry_included_check
    CHECK (included_units IS NULL OR (kind = 'CHARGE' AND included_units > 0));
