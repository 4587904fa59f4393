-- Billing: invoices of client organisations, issued by the monthly run.
-- French rules: one gapless chronological number series per billing entity, a number assigned inside
-- the issuing transaction, issued invoices never changed (corrections by credit note), the original
-- file kept and served byte for byte.

-- The last number issued by each billing entity; its row is locked while an invoice is numbered.
CREATE TABLE billing_invoice_series (
    billing_entity_id  UUID PRIMARY KEY REFERENCES billing_entity (id),
    last_number        BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT billing_series_number_check CHECK (last_number >= 0)
);

-- A monthly run: one per month, whoever starts it and however many times.
CREATE TABLE billing_run (
    id             UUID PRIMARY KEY,
    period         VARCHAR(7) NOT NULL,
    status         VARCHAR(10) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by     UUID REFERENCES account (id),
    finished_at    TIMESTAMP WITH TIME ZONE,
    invoice_count  INT DEFAULT 0 NOT NULL,
    CONSTRAINT billing_run_status_check CHECK (status IN ('RUNNING', 'DONE'))
);
CREATE UNIQUE INDEX billing_run_period ON billing_run (period);

CREATE TABLE billing_invoice (
    id                 UUID PRIMARY KEY,
    kind               VARCHAR(12) NOT NULL,
    seller_id          UUID NOT NULL REFERENCES billing_entity (id),
    -- Position in the seller's series: 1, 2, 3... without gaps; and the number printed, e.g. F-2026-000012.
    sequence_no        BIGINT NOT NULL,
    number             VARCHAR(30) NOT NULL,
    account_id         UUID NOT NULL REFERENCES billing_account (id),
    organisation_id    UUID REFERENCES client_organisation (id),
    run_id             UUID REFERENCES billing_run (id),
    period             VARCHAR(7),
    issued_on          DATE NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    due_on             DATE NOT NULL,
    service_from       DATE NOT NULL,
    service_to         DATE NOT NULL,
    buyer_name         VARCHAR(200) NOT NULL,
    total_excl_vat     NUMERIC(14, 2) NOT NULL,
    total_vat          NUMERIC(14, 2) NOT NULL,
    total_incl_vat     NUMERIC(14, 2) NOT NULL,
    rounding_amount    NUMERIC(6, 2) DEFAULT 0 NOT NULL,
    amount_due         NUMERIC(14, 2) NOT NULL,
    -- A credit note: the invoice it corrects, and why.
    corrects_id        UUID REFERENCES billing_invoice (id),
    reason             VARCHAR(300),
    -- The original files, as issued: the PDF (Factur-X PDF/A-3 for organisations) and its CII XML.
    pdf                BYTEA NOT NULL,
    xml                BYTEA,
    CONSTRAINT billing_invoice_kind_check CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT billing_invoice_credit_check CHECK ((kind = 'INVOICE' AND corrects_id IS NULL)
        OR (kind = 'CREDIT_NOTE' AND corrects_id IS NOT NULL AND reason IS NOT NULL)),
    CONSTRAINT billing_invoice_totals_check CHECK (total_incl_vat = total_excl_vat + total_vat AND amount_due = total_incl_vat + rounding_amount),
    CONSTRAINT billing_invoice_service_check CHECK (service_from <= service_to),
    CONSTRAINT billing_invoice_sequence_check CHECK (sequence_no >= 1)
);
CREATE UNIQUE INDEX billing_invoice_number ON billing_invoice (seller_id, sequence_no);
CREATE UNIQUE INDEX billing_invoice_printed_number ON billing_invoice (seller_id, number);
-- A run invoices an organisation once.
CREATE UNIQUE INDEX billing_invoice_run_once ON billing_invoice (run_id, account_id);
CREATE INDEX billing_invoice_organisation ON billing_invoice (organisation_id, issued_at);

-- The lines of an invoice: each charge of the account, invoiced once (unique source entry).
CREATE TABLE billing_invoice_line (
    invoice_id       UUID NOT NULL REFERENCES billing_invoice (id),
    position         INT NOT NULL,
    description      VARCHAR(300) NOT NULL,
    vat_rate         NUMERIC(5, 2) NOT NULL,
    net_amount       NUMERIC(12, 2) NOT NULL,
    gross_amount     NUMERIC(12, 2) NOT NULL,
    source_entry_id  UUID REFERENCES billing_entry (id),
    PRIMARY KEY (invoice_id, position),
    CONSTRAINT billing_invoice_line_vat_check CHECK (vat_rate IN (0, 2.1, 5.5, 10, 20))
);
CREATE UNIQUE INDEX billing_invoice_line_source ON billing_invoice_line (source_entry_id);

-- The seal of a desk's day: when the desk closes, the payments taken there since its previous closing
-- are summed up in a digest, chained to the previous seal's hash. Changing, adding or removing a sealed
-- payment afterwards breaks the chain, which the verification page shows.
CREATE TABLE billing_desk_seal (
    id                UUID PRIMARY KEY,
    site_id           UUID NOT NULL REFERENCES site (id),
    closing_entry_id  UUID NOT NULL,
    business_date     DATE NOT NULL,
    sealed_from       TIMESTAMP WITH TIME ZONE,
    sealed_to         TIMESTAMP WITH TIME ZONE NOT NULL,
    payment_count     INT NOT NULL,
    payment_total     NUMERIC(14, 2) NOT NULL,
    payments_digest   VARCHAR(64) NOT NULL,
    previous_seal_id  UUID REFERENCES billing_desk_seal (id),
    previous_hash     VARCHAR(64),
    seal_hash         VARCHAR(64) NOT NULL,
    sealed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX billing_desk_seal_closing ON billing_desk_seal (closing_entry_id);
CREATE UNIQUE INDEX billing_desk_seal_previous ON billing_desk_seal (previous_seal_id);
CREATE INDEX billing_desk_seal_site ON billing_desk_seal (site_id, sealed_to);
