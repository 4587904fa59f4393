-- Orders: the concierge loop, from a member's request to the handover at the desk.

-- One row per year; placing an order increments it under the row lock of the UPDATE, so two
-- orders never get the same human reference (CMD-2026-000123). The unique index below guarantees it.
CREATE TABLE order_reference_counter (
    counter_year  INT PRIMARY KEY,
    last_value  BIGINT NOT NULL,
    CONSTRAINT order_counter_check CHECK (last_value >= 0)
);

-- Serialises the orders of one member while the employer's monthly cap is computed.
CREATE TABLE order_member_lock (
    member_id  UUID PRIMARY KEY,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE customer_order (
    id                    UUID PRIMARY KEY,
    reference             VARCHAR(20) NOT NULL,
    site_id               UUID NOT NULL REFERENCES site (id),
    member_id             UUID NOT NULL REFERENCES account (id),
    member_name           VARCHAR(200) NOT NULL,
    placed_by             UUID NOT NULL REFERENCES account (id),
    offer_id              UUID NOT NULL REFERENCES catalogue_offer (id),
    service_name          VARCHAR(160) NOT NULL,
    price_model           VARCHAR(10) NOT NULL,
    unit                  VARCHAR(10),
    unit_price            NUMERIC(12, 2),
    vat_rate              NUMERIC(5, 2) NOT NULL,
    lead_time_days        INT NOT NULL,
    days_offered          VARCHAR(20) NOT NULL,
    -- The payer rule of the offer as it was when the member ordered (applied again when a quote is accepted).
    employer_id           UUID REFERENCES client_organisation (id),
    employer_percent      NUMERIC(5, 2) NOT NULL,
    employer_monthly_cap  NUMERIC(12, 2),
    site_owner_id         UUID REFERENCES client_organisation (id),
    site_owner_percent    NUMERIC(5, 2) NOT NULL,
    offer_provider_id     UUID NOT NULL REFERENCES provider_organisation (id),
    -- The provider holding the job now (null while the order is at the desk).
    provider_id           UUID REFERENCES provider_organisation (id),
    provider_accepted_at  TIMESTAMP WITH TIME ZONE,
    status                VARCHAR(20) NOT NULL,
    quantity              INT NOT NULL,
    note                  VARCHAR(1000),
    quote_amount          NUMERIC(12, 2),
    total_amount          NUMERIC(12, 2),
    priced_at             TIMESTAMP WITH TIME ZONE,
    due_on                DATE,
    placed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at             TIMESTAMP WITH TIME ZONE,
    -- The one-time pickup code: shown to the member only, cleared once used or locked.
    pickup_code           VARCHAR(12),
    pickup_attempts       INT DEFAULT 0 NOT NULL,
    pickup_locked         BOOLEAN DEFAULT FALSE NOT NULL,
    handover_method       VARCHAR(10),
    collected_by          VARCHAR(200),
    last_seq              INT NOT NULL,
    CONSTRAINT order_status_check CHECK (status IN ('QUOTE_REQUESTED', 'QUOTED', 'SUBMITTED', 'ACCEPTED', 'DISPATCHED',
        'IN_PROGRESS', 'READY', 'DELIVERED', 'CANCELLED', 'DECLINED', 'INCIDENT')),
    CONSTRAINT order_price_model_check CHECK (price_model IN ('PER_UNIT', 'FIXED', 'ON_QUOTE')),
    CONSTRAINT order_quantity_check CHECK (quantity BETWEEN 1 AND 999),
    CONSTRAINT order_amounts_check CHECK ((quote_amount IS NULL OR quote_amount > 0) AND (total_amount IS NULL OR total_amount >= 0)),
    CONSTRAINT order_attempts_check CHECK (pickup_attempts BETWEEN 0 AND 5),
    CONSTRAINT order_handover_check CHECK (handover_method IS NULL OR handover_method IN ('CODE', 'ID_CHECK', 'NONE')),
    CONSTRAINT order_delivered_check CHECK (status <> 'DELIVERED' OR handover_method IS NOT NULL)
);
CREATE UNIQUE INDEX customer_order_reference ON customer_order (reference);
CREATE INDEX customer_order_site_status ON customer_order (site_id, status);
CREATE INDEX customer_order_member ON customer_order (member_id, placed_at);
CREATE INDEX customer_order_provider ON customer_order (provider_id, status);

-- Price and payer split, frozen when the order is placed (or its quote accepted).
CREATE TABLE order_line (
    id                 UUID PRIMARY KEY,
    order_id           UUID NOT NULL REFERENCES customer_order (id),
    position           INT NOT NULL,
    description        VARCHAR(200) NOT NULL,
    quantity           INT NOT NULL,
    unit_price         NUMERIC(12, 2) NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL,
    vat_rate           NUMERIC(5, 2) NOT NULL,
    member_amount      NUMERIC(12, 2) NOT NULL,
    employer_amount    NUMERIC(12, 2) NOT NULL,
    employer_id        UUID REFERENCES client_organisation (id),
    site_owner_amount  NUMERIC(12, 2) NOT NULL,
    site_owner_id      UUID REFERENCES client_organisation (id),
    CONSTRAINT order_line_amounts_check CHECK (amount >= 0 AND member_amount >= 0 AND employer_amount >= 0 AND site_owner_amount >= 0),
    CONSTRAINT order_line_split_check CHECK (member_amount + employer_amount + site_owner_amount = amount),
    CONSTRAINT order_line_payers_check CHECK ((employer_amount = 0 OR employer_id IS NOT NULL) AND (site_owner_amount = 0 OR site_owner_id IS NOT NULL))
);
CREATE UNIQUE INDEX order_line_position ON order_line (order_id, position);

-- Every transition of an order: who, when, from which status to which, and a note. The timeline.
CREATE TABLE order_event (
    id           UUID PRIMARY KEY,
    order_id     UUID NOT NULL REFERENCES customer_order (id),
    seq          INT NOT NULL,
    action       VARCHAR(20) NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20) NOT NULL,
    actor_id     UUID REFERENCES account (id),
    actor_name   VARCHAR(200),
    actor_role   VARCHAR(10) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(1000)
);
CREATE UNIQUE INDEX order_event_seq ON order_event (order_id, seq);

-- Idempotency-Key of the API (and of the order form): the same key from the same caller always
-- answers with the same order; the request hash tells a retry from a different request.
CREATE TABLE order_idempotency (
    caller_id     UUID NOT NULL,
    idem_key      VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64) NOT NULL,
    order_id      UUID NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller_id, idem_key)
);

-- Proof of completion left by a provider: a note and/or a photo (bytes kept here, at most 5 MB).
CREATE TABLE order_proof (
    id            UUID PRIMARY KEY,
    order_id      UUID NOT NULL REFERENCES customer_order (id),
    note          VARCHAR(1000),
    content_type  VARCHAR(40),
    size_bytes    INT,
    data          BYTEA,
    added_by      UUID NOT NULL REFERENCES account (id),
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT order_proof_content_check CHECK (note IS NOT NULL OR data IS NOT NULL),
    CONSTRAINT order_proof_size_check CHECK (size_bytes IS NULL OR size_bytes <= 5242880),
    CONSTRAINT order_proof_type_check CHECK (content_type IS NULL OR content_type IN ('image/jpeg', 'image/png', 'image/webp'))
);
CREATE INDEX order_proof_order ON order_proof (order_id);
