-- The local exchange (SEL): a site's time bank. Members pay each other in the SEL's unit on a mutual-credit
-- ledger: each transaction's entries sum to zero, so all balances of a SEL sum to zero; a payment never takes
-- the payer below the floor nor the payee above the ceiling (checked under the accounts' locks at commit);
-- committed entries are never changed: a correction is a reversing transaction linked to the first.

CREATE TABLE sel (
    id                   UUID PRIMARY KEY,
    site_id              UUID NOT NULL REFERENCES site (id),
    name                 VARCHAR(120) NOT NULL,
    -- What one unit is called, and how many units make an hour (60: one unit per minute).
    unit_name            VARCHAR(40) NOT NULL,
    units_per_hour       INT NOT NULL,
    -- A member's balance stays between -floor and +ceiling (both positive numbers of units).
    floor_units          INT NOT NULL,
    ceiling_units        INT NOT NULL,
    charter              VARCHAR(4000) NOT NULL,
    -- Days a payment request waits for the payer before it expires.
    request_days         INT DEFAULT 14 NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sel_limits_check CHECK (units_per_hour > 0 AND floor_units >= 0 AND ceiling_units > 0 AND request_days > 0)
);
CREATE UNIQUE INDEX sel_site ON sel (site_id);

-- A member's account in a SEL (member_id null: the SEL's own account, for adjustments).
CREATE TABLE sel_account (
    id            UUID PRIMARY KEY,
    sel_id        UUID NOT NULL REFERENCES sel (id),
    member_id     UUID REFERENCES account (id),
    -- Always the sum of the account's entries; the reconciliation checks it.
    balance       BIGINT DEFAULT 0 NOT NULL,
    entry_count   BIGINT DEFAULT 0 NOT NULL,
    -- Per-member limits overriding the SEL's, or null.
    floor_units   INT,
    ceiling_units INT,
    joined_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX sel_account_member ON sel_account (sel_id, member_id);

-- A transfer between two accounts of one SEL. A request waits (REQUESTED) and moves nothing until the payer
-- accepts it (COMMITTED); it may be rejected, expire or be cancelled. A reversal undoes one committed transfer,
-- once.
CREATE TABLE sel_transaction (
    id              UUID PRIMARY KEY,
    sel_id          UUID NOT NULL REFERENCES sel (id),
    kind            VARCHAR(10) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    payer_account   UUID NOT NULL REFERENCES sel_account (id),
    payee_account   UUID NOT NULL REFERENCES sel_account (id),
    amount          BIGINT NOT NULL,
    memo            VARCHAR(300) NOT NULL,
    created_by      UUID NOT NULL REFERENCES account (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_at    TIMESTAMP WITH TIME ZONE,
    decided_at      TIMESTAMP WITH TIME ZONE,
    expires_at      TIMESTAMP WITH TIME ZONE,
    reverses_id     UUID REFERENCES sel_transaction (id),
    reason          VARCHAR(500),
    idem_key        VARCHAR(200),
    request_hash    VARCHAR(64),
    CONSTRAINT sel_transaction_kind_check CHECK (kind IN ('PAYMENT', 'REQUEST', 'REVERSAL', 'ADJUSTMENT')),
    CONSTRAINT sel_transaction_status_check CHECK (status IN ('REQUESTED', 'COMMITTED', 'REJECTED', 'EXPIRED', 'CANCELLED')),
    CONSTRAINT sel_transaction_amount_check CHECK (amount > 0),
    CONSTRAINT sel_transaction_self_check CHECK (payer_account <> payee_account),
    CONSTRAINT sel_transaction_committed_check CHECK ((status = 'COMMITTED') = (committed_at IS NOT NULL))
);
-- A committed transfer is reversed once, at most.
CREATE UNIQUE INDEX sel_transaction_reversal ON sel_transaction (reverses_id);
CREATE UNIQUE INDEX sel_transaction_idempotency ON sel_transaction (created_by, idem_key);
CREATE INDEX sel_transaction_payer ON sel_transaction (payer_account, status, created_at);
CREATE INDEX sel_transaction_payee ON sel_transaction (payee_account, status, created_at);
CREATE INDEX sel_transaction_due ON sel_transaction (status, expires_at);

-- The ledger's lines: two per committed transaction, summing to zero; never updated, never deleted.
CREATE TABLE sel_entry (
    id              UUID PRIMARY KEY,
    transaction_id  UUID NOT NULL REFERENCES sel_transaction (id),
    account_id      UUID NOT NULL REFERENCES sel_account (id),
    amount          BIGINT NOT NULL,
    balance_after   BIGINT NOT NULL,
    entry_no        BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sel_entry_amount_check CHECK (amount <> 0)
);
-- An account's statement, in order; one line per position, so two commits cannot both be line n.
CREATE UNIQUE INDEX sel_entry_position ON sel_entry (account_id, entry_no);
CREATE UNIQUE INDEX sel_entry_once ON sel_entry (transaction_id, account_id);
