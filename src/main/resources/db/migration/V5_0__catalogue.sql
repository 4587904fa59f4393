-- Catalogue: per site, services grouped in categories, each offered by a provider at a price.

CREATE TABLE catalogue_category (
    id        UUID PRIMARY KEY,
    site_id   UUID NOT NULL REFERENCES site (id),
    name      VARCHAR(120) NOT NULL,
    position  INT DEFAULT 0 NOT NULL,
    active    BOOLEAN DEFAULT TRUE NOT NULL
);
CREATE UNIQUE INDEX catalogue_category_name ON catalogue_category (site_id, name);

CREATE TABLE catalogue_service (
    id                 UUID PRIMARY KEY,
    site_id            UUID NOT NULL REFERENCES site (id),
    category_id        UUID NOT NULL REFERENCES catalogue_category (id),
    name               VARCHAR(160) NOT NULL,
    description        VARCHAR(1000),
    for_organisations  BOOLEAN DEFAULT FALSE NOT NULL,
    active             BOOLEAN DEFAULT TRUE NOT NULL
);
CREATE INDEX catalogue_service_site ON catalogue_service (site_id);

-- A service offered at a site by a provider, at a price, with the rule of who pays.
CREATE TABLE catalogue_offer (
    id                        UUID PRIMARY KEY,
    site_id                   UUID NOT NULL REFERENCES site (id),
    service_id                UUID NOT NULL REFERENCES catalogue_service (id),
    provider_id               UUID NOT NULL REFERENCES provider_organisation (id),
    price_model               VARCHAR(10) NOT NULL,
    unit                      VARCHAR(10),
    price                     NUMERIC(12, 2),
    vat_rate                  NUMERIC(5, 2) NOT NULL,
    lead_time_days            INT NOT NULL,
    days_offered              VARCHAR(20) NOT NULL,
    employer_percent          NUMERIC(5, 2) DEFAULT 0 NOT NULL,
    employer_monthly_cap      NUMERIC(12, 2),
    site_owner_percent        NUMERIC(5, 2) DEFAULT 0 NOT NULL,
    site_owner_organisation_id UUID REFERENCES client_organisation (id),
    active                    BOOLEAN DEFAULT TRUE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT offer_price_model_check CHECK (price_model IN ('PER_UNIT', 'FIXED', 'ON_QUOTE')),
    CONSTRAINT offer_unit_check CHECK (unit IS NULL OR unit IN ('ITEM', 'KG', 'HOUR')),
    CONSTRAINT offer_price_check CHECK ((price_model = 'ON_QUOTE' AND price IS NULL) OR (price_model <> 'ON_QUOTE' AND price IS NOT NULL AND price >= 0)),
    CONSTRAINT offer_per_unit_check CHECK (price_model <> 'PER_UNIT' OR unit IS NOT NULL),
    CONSTRAINT offer_vat_check CHECK (vat_rate >= 0 AND vat_rate <= 100),
    CONSTRAINT offer_lead_time_check CHECK (lead_time_days >= 0 AND lead_time_days <= 365),
    CONSTRAINT offer_payer_check CHECK (employer_percent >= 0 AND site_owner_percent >= 0 AND employer_percent + site_owner_percent <= 100)
);
CREATE INDEX catalogue_offer_site ON catalogue_offer (site_id);
