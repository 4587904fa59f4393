-- The reuse shop (ressourcerie) of a site: donations weighed in by category, then sorted out to reuse, repair,
-- recycling or disposal. What went out of a category never exceeds what came in: each site and category keeps
-- its running totals in one row, and the database refuses an outflow that would take out more than came in.

CREATE TABLE reuse_intake (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    receipt_no   BIGINT NOT NULL,
    category     VARCHAR(12) NOT NULL,
    gross_kg     NUMERIC(9, 2) NOT NULL,
    tare_kg      NUMERIC(9, 2) NOT NULL,
    net_kg       NUMERIC(9, 2) NOT NULL,
    item_condition VARCHAR(12),
    donor_id     UUID REFERENCES account (id),
    received_by  UUID NOT NULL REFERENCES account (id),
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reuse_intake_category_check CHECK (category IN ('TEXTILE', 'FURNITURE', 'ELECTRICAL', 'BOOKS', 'TOYS', 'TABLEWARE', 'OTHER')),
    CONSTRAINT reuse_intake_weight_check CHECK (tare_kg >= 0 AND net_kg > 0 AND gross_kg = tare_kg + net_kg),
    CONSTRAINT reuse_intake_condition_check CHECK (item_condition IS NULL OR item_condition IN ('GOOD', 'WORN', 'BROKEN'))
);
CREATE UNIQUE INDEX reuse_intake_receipt ON reuse_intake (site_id, receipt_no);
CREATE INDEX reuse_intake_site ON reuse_intake (site_id, received_at);

CREATE TABLE reuse_outflow (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    category     VARCHAR(12) NOT NULL,
    stream       VARCHAR(10) NOT NULL,
    kg           NUMERIC(9, 2) NOT NULL,
    recipient    VARCHAR(120),
    recorded_by  UUID NOT NULL REFERENCES account (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reuse_outflow_category_check CHECK (category IN ('TEXTILE', 'FURNITURE', 'ELECTRICAL', 'BOOKS', 'TOYS', 'TABLEWARE', 'OTHER')),
    CONSTRAINT reuse_outflow_stream_check CHECK (stream IN ('REUSE', 'REPAIR', 'RECYCLING', 'DISPOSAL')),
    CONSTRAINT reuse_outflow_kg_check CHECK (kg > 0)
);
CREATE INDEX reuse_outflow_site ON reuse_outflow (site_id, recorded_at);

-- Running totals per site and category: out never above in.
CREATE TABLE reuse_stock (
    site_id      UUID NOT NULL REFERENCES site (id),
    category     VARCHAR(12) NOT NULL,
    in_kg        NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    out_kg       NUMERIC(12, 2) DEFAULT 0 NOT NULL,
    receipts     BIGINT DEFAULT 0 NOT NULL,
    PRIMARY KEY (site_id, category),
    CONSTRAINT reuse_stock_balance_check CHECK (out_kg >= 0 AND out_kg <= in_kg)
);

-- Each site's last receipt number: donors' receipts are numbered without gaps per site.
CREATE TABLE reuse_counter (
    site_id       UUID PRIMARY KEY REFERENCES site (id),
    last_receipt  BIGINT DEFAULT 0 NOT NULL
);
