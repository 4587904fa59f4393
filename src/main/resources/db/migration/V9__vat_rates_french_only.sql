-- Every table that stores a VAT rate accepts the French rates only (0, 2.1, 5.5, 10, 20 %), as the
-- VatRate type does when a rate enters Relais.
ALTER TABLE customer_order ADD CONSTRAINT customer_order_vat_rate_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20));
ALTER TABLE order_line ADD CONSTRAINT order_line_vat_rate_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20));
ALTER TABLE desk_request ADD CONSTRAINT desk_request_vat_rate_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20));
ALTER TABLE desk_copier DROP CONSTRAINT desk_copier_vat_check;
ALTER TABLE desk_copier ADD CONSTRAINT desk_copier_vat_rate_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20));
ALTER TABLE desk_copier_reading ADD CONSTRAINT desk_copier_reading_vat_rate_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20));
-- The catalogue had both a 0-100 range and the French rates: the range says nothing more.
ALTER TABLE catalogue_offer DROP CONSTRAINT offer_vat_check;
