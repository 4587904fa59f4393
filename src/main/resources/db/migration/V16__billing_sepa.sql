-- SEPA direct debit: the mandates client organisations sign, and the monthly batches (pain.008) of their
-- invoices collected by direct debit.

CREATE SEQUENCE billing_mandate_number;

CREATE TABLE billing_sepa_mandate (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES client_organisation (id),
    -- The unique mandate reference (RUM) printed on the mandate and sent with each debit.
    reference        VARCHAR(35) NOT NULL,
    debtor_name      VARCHAR(140) NOT NULL,
    iban             VARCHAR(34) NOT NULL,
    bic              VARCHAR(11),
    signed_on        DATE NOT NULL,
    signed_by        UUID NOT NULL REFERENCES account (id),
    signed_by_name   VARCHAR(200) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    -- Null until the first debit: that one is sent as FRST, the next ones as RCUR.
    first_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT billing_mandate_status_check CHECK (status IN ('ACTIVE', 'REVOKED')),
    CONSTRAINT billing_mandate_revoked_check CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);
CREATE UNIQUE INDEX billing_mandate_reference ON billing_sepa_mandate (reference);
CREATE INDEX billing_mandate_organisation ON billing_sepa_mandate (organisation_id, status);

CREATE TABLE billing_sepa_batch (
    id               UUID PRIMARY KEY,
    period           VARCHAR(7) NOT NULL,
    message_id       VARCHAR(35) NOT NULL,
    collection_date  DATE NOT NULL,
    debit_count      INT NOT NULL,
    total            NUMERIC(14, 2) NOT NULL,
    file             BYTEA NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       UUID REFERENCES account (id)
);
CREATE UNIQUE INDEX billing_sepa_batch_message ON billing_sepa_batch (message_id);

-- Each invoice is debited once, by one batch.
CREATE TABLE billing_sepa_debit (
    batch_id         UUID NOT NULL REFERENCES billing_sepa_batch (id),
    invoice_id       UUID NOT NULL REFERENCES billing_invoice (id),
    mandate_id       UUID NOT NULL REFERENCES billing_sepa_mandate (id),
    amount           NUMERIC(12, 2) NOT NULL,
    sequence_type    VARCHAR(4) NOT NULL,
    CONSTRAINT billing_sepa_debit_amount_check CHECK (amount > 0),
    CONSTRAINT billing_sepa_debit_sequence_check CHECK (sequence_type IN ('FRST', 'RCUR')),
    PRIMARY KEY (batch_id, invoice_id)
);
CREATE UNIQUE INDEX billing_sepa_debit_invoice ON billing_sepa_debit (invoice_id);
