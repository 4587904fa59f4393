-- Catalogue editor: the database keeps the rules the editor enforces.

-- A service name appears once per site; a provider offers a service once.
CREATE UNIQUE INDEX catalogue_service_name ON catalogue_service (site_id, name);
CREATE UNIQUE INDEX catalogue_offer_service_provider ON catalogue_offer (service_id, provider_id);
CREATE INDEX catalogue_service_category ON catalogue_service (category_id);
CREATE INDEX catalogue_offer_service ON catalogue_offer (service_id);

-- Prices up to 100 000 €, the French VAT rates, a lead time of at most 60 days, at least one day.
ALTER TABLE catalogue_offer ADD CONSTRAINT offer_price_max_check CHECK (price IS NULL OR price <= 100000);
ALTER TABLE catalogue_offer ADD CONSTRAINT offer_vat_rate_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20));
ALTER TABLE catalogue_offer ADD CONSTRAINT offer_lead_time_max_check CHECK (lead_time_days <= 60);
ALTER TABLE catalogue_offer ADD CONSTRAINT offer_days_check CHECK (days_offered <> '');
ALTER TABLE catalogue_offer ADD CONSTRAINT offer_unit_model_check CHECK (price_model = 'PER_UNIT' OR unit IS NULL);

-- The employer's monthly cap is a non-negative amount; a site owner's share names who pays it.
ALTER TABLE catalogue_offer ADD CONSTRAINT offer_cap_check CHECK (employer_monthly_cap IS NULL OR (employer_monthly_cap >= 0 AND employer_monthly_cap <= 100000));
ALTER TABLE catalogue_offer ADD CONSTRAINT offer_site_owner_check CHECK (site_owner_percent = 0 OR site_owner_organisation_id IS NOT NULL);
