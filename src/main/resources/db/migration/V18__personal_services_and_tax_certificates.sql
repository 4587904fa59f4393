-- Personal services ("services à la personne"): a catalogue service may be declared as one of the
-- activities of article D. 7231-1 of the Code du travail. The order freezes the activity when it is
-- placed, the member's charge carries it, and the yearly tax certificate counts what the member paid
-- for those charges, CESU apart.

ALTER TABLE catalogue_service ADD COLUMN personal_service VARCHAR(30);
ALTER TABLE catalogue_service ADD CONSTRAINT catalogue_service_personal_service_check
    CHECK (personal_service IS NULL OR (personal_service IN ('HOUSEWORK', 'GARDENING', 'ODD_JOBS', 'HOME_MAINTENANCE',
        'MEAL_DELIVERY', 'SHOPPING_DELIVERY', 'LAUNDRY_DELIVERY', 'COMPUTER_ASSISTANCE', 'ADMINISTRATIVE_ASSISTANCE',
        'PET_CARE', 'TUTORING') AND for_organisations = FALSE));

ALTER TABLE customer_order ADD COLUMN personal_service VARCHAR(30);
ALTER TABLE customer_order ADD CONSTRAINT customer_order_personal_service_check
    CHECK (personal_service IS NULL OR personal_service IN ('HOUSEWORK', 'GARDENING', 'ODD_JOBS', 'HOME_MAINTENANCE',
        'MEAL_DELIVERY', 'SHOPPING_DELIVERY', 'LAUNDRY_DELIVERY', 'COMPUTER_ASSISTANCE', 'ADMINISTRATIVE_ASSISTANCE',
        'PET_CARE', 'TUTORING'));

-- Only a member's own share of an order line can be a personal service for the tax certificate.
ALTER TABLE billing_entry ADD COLUMN personal_service VARCHAR(30);
ALTER TABLE billing_entry ADD CONSTRAINT billing_entry_personal_service_check
    CHECK (personal_service IS NULL OR (kind = 'CHARGE' AND payer_share = 'MEMBER' AND personal_service IN ('HOUSEWORK',
        'GARDENING', 'ODD_JOBS', 'HOME_MAINTENANCE', 'MEAL_DELIVERY', 'SHOPPING_DELIVERY', 'LAUNDRY_DELIVERY',
        'COMPUTER_ASSISTANCE', 'ADMINISTRATIVE_ASSISTANCE', 'PET_CARE', 'TUTORING')));

-- A member's yearly tax certificate ("attestation fiscale"), issued once per member and year by the
-- billing entity declared for personal services, stored as issued and re-downloadable byte for byte.
CREATE TABLE billing_tax_certificate (
    id            UUID PRIMARY KEY,
    account_id    UUID NOT NULL REFERENCES billing_account (id),
    tax_year      INT NOT NULL,
    number        VARCHAR(30) NOT NULL,
    seller_id     UUID NOT NULL REFERENCES billing_entity (id),
    -- What the member paid in the year for personal services, CESU included, and the CESU part of it.
    amount_paid   NUMERIC(12, 2) NOT NULL,
    cesu_amount   NUMERIC(12, 2) NOT NULL,
    pdf           BYTEA NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- When the member was told by e-mail that it is available (null: not yet).
    notified_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT billing_tax_certificate_amounts_check CHECK (amount_paid > 0 AND cesu_amount >= 0 AND cesu_amount <= amount_paid)
);
CREATE UNIQUE INDEX billing_tax_certificate_once ON billing_tax_certificate (account_id, tax_year);
CREATE UNIQUE INDEX billing_tax_certificate_number ON billing_tax_certificate (number);


-- Certificate numbers: people and the tax office read them; they need not be gapless.
CREATE SEQUENCE billing_certificate_number;
