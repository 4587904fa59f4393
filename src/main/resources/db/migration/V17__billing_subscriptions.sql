-- Subscriptions of client organisations: a plan per kind of site, with a base fee and a fee per head
-- by headcount band, billed each month by the run, pro rata of the days when the plan or the headcount
-- changes during the month.

CREATE TABLE billing_plan (
    id          UUID PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    site_kind   VARCHAR(20) NOT NULL,
    -- Monthly fees, VAT included (like every price of the catalogue), at vat_rate.
    base_fee    NUMERIC(12, 2) NOT NULL,
    vat_rate    NUMERIC(5, 2) NOT NULL,
    active      BOOLEAN DEFAULT TRUE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT billing_plan_kind_check CHECK (site_kind IN ('COMPANY', 'ECOSYSTEM', 'NEIGHBOURHOOD')),
    CONSTRAINT billing_plan_fee_check CHECK (base_fee >= 0),
    CONSTRAINT billing_plan_vat_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20))
);
CREATE UNIQUE INDEX billing_plan_name ON billing_plan (name);

-- The fee per head of a plan for a headcount band: from min_headcount (included) up.
CREATE TABLE billing_plan_band (
    plan_id        UUID NOT NULL REFERENCES billing_plan (id),
    min_headcount  INT NOT NULL,
    per_head_fee   NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (plan_id, min_headcount),
    CONSTRAINT billing_band_check CHECK (min_headcount >= 0 AND per_head_fee >= 0)
);

-- An organisation's subscription over a period; a change of plan or headcount ends it and starts another.
CREATE TABLE billing_subscription (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES client_organisation (id),
    plan_id          UUID NOT NULL REFERENCES billing_plan (id),
    headcount        INT NOT NULL,
    starts_on        DATE NOT NULL,
    ends_on          DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT billing_subscription_headcount_check CHECK (headcount >= 0 AND headcount <= 1000000),
    CONSTRAINT billing_subscription_dates_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX billing_subscription_organisation ON billing_subscription (organisation_id, starts_on);

-- Subscriptions are charged to the organisation's account like the rest (source SUBSCRIPTION).
ALTER TABLE billing_entry DROP CONSTRAINT billing_entry_source_type_check;
ALTER TABLE billing_entry ADD CONSTRAINT billing_entry_source_type_check
    CHECK (source_type IN ('ORDER', 'REQUEST', 'COPIER', 'PAYMENT', 'CREDIT_NOTE', 'SUBSCRIPTION'));
