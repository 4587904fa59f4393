-- Billing: one account (the "ardoise") per member and per client organisation, an append-only ledger
-- of its entries, and the payments taken at the desk. Portable SQL for H2 (PostgreSQL mode) and
-- PostgreSQL.

CREATE TABLE billing_account (
    id               UUID PRIMARY KEY,
    member_id        UUID REFERENCES account (id),
    organisation_id  UUID REFERENCES client_organisation (id),
    currency         VARCHAR(3) DEFAULT 'EUR' NOT NULL,
    -- What the holder owes (negative: credit in their favour); always the sum of the entries, and the
    -- balance_after of the last entry.
    balance          NUMERIC(14, 2) DEFAULT 0 NOT NULL,
    entry_count      BIGINT DEFAULT 0 NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT billing_account_holder_check CHECK ((member_id IS NULL) <> (organisation_id IS NULL)),
    CONSTRAINT billing_account_currency_check CHECK (currency = 'EUR')
);
CREATE UNIQUE INDEX billing_account_member ON billing_account (member_id);
CREATE UNIQUE INDEX billing_account_organisation ON billing_account (organisation_id);

-- A line of an account. CHARGE: what the holder owes for a delivered order line, an à-la-carte request,
-- copier pages (amount >= 0; 0 when someone else paid all of it). PAYMENT: money received (amount < 0).
-- CREDIT: a credit note that lowers what is owed (amount < 0).
-- Never updated nor deleted: a mistake is corrected by a new entry.
CREATE TABLE billing_entry (
    id             UUID PRIMARY KEY,
    account_id     UUID NOT NULL REFERENCES billing_account (id),
    -- Position in the account, 1, 2, 3...: the statement's order and its running balance.
    entry_no       BIGINT NOT NULL,
    kind           VARCHAR(10) NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    balance_after  NUMERIC(14, 2) NOT NULL,
    description    VARCHAR(300) NOT NULL,
    -- Where the entry comes from: the source key, unique, so that a redelivered event posts once.
    source_type    VARCHAR(20) NOT NULL,
    source_id      UUID NOT NULL,
    source_line    INT DEFAULT 0 NOT NULL,
    -- Whose share of the source this entry is: the member's, their employer's, the site owner's, or the
    -- holder's alone (a request, copier pages, a payment).
    payer_share    VARCHAR(10) NOT NULL,
    reference      VARCHAR(40),
    site_id        UUID REFERENCES site (id),
    -- For a charge: the full price of the line (VAT included), its VAT rate, and what others paid of it.
    line_amount    NUMERIC(12, 2),
    paid_by_others NUMERIC(12, 2),
    vat_rate       NUMERIC(5, 2),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    posted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT billing_entry_kind_check CHECK (kind IN ('CHARGE', 'PAYMENT', 'CREDIT')),
    CONSTRAINT billing_entry_amount_check CHECK ((kind = 'CHARGE' AND amount >= 0 AND line_amount IS NOT NULL AND line_amount >= amount)
        OR (kind IN ('PAYMENT', 'CREDIT') AND amount < 0)),
    CONSTRAINT billing_entry_vat_check CHECK (vat_rate IS NULL OR vat_rate IN (0, 2.1, 5.5, 10, 20)),
    CONSTRAINT billing_entry_source_type_check CHECK (source_type IN ('ORDER', 'REQUEST', 'COPIER', 'PAYMENT', 'CREDIT_NOTE')),
    CONSTRAINT billing_entry_share_check CHECK (payer_share IN ('MEMBER', 'EMPLOYER', 'SITE_OWNER', 'HOLDER'))
);
CREATE UNIQUE INDEX billing_entry_source ON billing_entry (source_type, source_id, source_line, payer_share, account_id);
CREATE UNIQUE INDEX billing_entry_position ON billing_entry (account_id, entry_no);

-- Receipt numbers: people read them; they need not be gapless (invoices will have their own series).
CREATE SEQUENCE billing_receipt_number;

-- A payment against an account: taken at a desk (cash, card terminal, cheque, CESU), or made online
-- through the payment provider (ONLINE, recorded when the provider's signed webhook says it is paid).
CREATE TABLE billing_payment (
    id               UUID PRIMARY KEY,
    receipt_number   VARCHAR(20) NOT NULL,
    account_id       UUID NOT NULL REFERENCES billing_account (id),
    amount           NUMERIC(12, 2) NOT NULL,
    method           VARCHAR(15) NOT NULL,
    site_id          UUID REFERENCES site (id),
    payer_name       VARCHAR(200) NOT NULL,
    taken_by         UUID REFERENCES account (id),
    taken_by_name    VARCHAR(200),
    taken_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The Idempotency-Key the request came with (per person taking it), and what the request said.
    idem_key         VARCHAR(200),
    request_hash     VARCHAR(64),
    -- For an online payment: the checkout session it paid.
    checkout_id      UUID,
    CONSTRAINT billing_payment_amount_check CHECK (amount > 0),
    CONSTRAINT billing_payment_method_check CHECK (method IN ('CASH', 'CARD_TERMINAL', 'CHEQUE', 'CESU', 'ONLINE')),
    CONSTRAINT billing_payment_where_check CHECK ((method = 'ONLINE' AND checkout_id IS NOT NULL)
        OR (method <> 'ONLINE' AND site_id IS NOT NULL AND taken_by IS NOT NULL AND taken_by_name IS NOT NULL))
);
CREATE UNIQUE INDEX billing_payment_receipt ON billing_payment (receipt_number);
CREATE UNIQUE INDEX billing_payment_idempotency ON billing_payment (taken_by, idem_key);
CREATE UNIQUE INDEX billing_payment_checkout ON billing_payment (checkout_id);
CREATE INDEX billing_payment_site ON billing_payment (site_id, taken_at);

-- A checkout session opened with the payment provider to pay an account's balance online. It is paid
-- only when the provider's signed webhook says so, never on the browser's return.
CREATE TABLE billing_checkout (
    id            UUID PRIMARY KEY,
    gateway       VARCHAR(20) NOT NULL,
    session_id    VARCHAR(255) NOT NULL,
    account_id    UUID NOT NULL REFERENCES billing_account (id),
    amount        NUMERIC(12, 2) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    opened_by     UUID NOT NULL REFERENCES account (id),
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT billing_checkout_amount_check CHECK (amount > 0),
    CONSTRAINT billing_checkout_status_check CHECK (status IN ('OPEN', 'PAID'))
);
CREATE UNIQUE INDEX billing_checkout_session ON billing_checkout (gateway, session_id);
CREATE INDEX billing_checkout_account ON billing_checkout (account_id, opened_at);

-- Each event the payment provider sent, by its id: applied once, however many times it is delivered.
CREATE TABLE billing_gateway_event (
    gateway      VARCHAR(20) NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (gateway, event_id)
);
