-- Corrections by consent: either side of a committed transfer contests it, saying why; the other side
-- accepts, or a coordinator decides. Upheld, it is undone by a reversing transfer linked to it (never an edit).
CREATE TABLE sel_contest (
    id               UUID PRIMARY KEY,
    transaction_id   UUID NOT NULL REFERENCES sel_transaction (id),
    raised_by        UUID NOT NULL REFERENCES account (id),
    reason           VARCHAR(500) NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- OPEN, then ACCEPTED (by the other side), UPHELD or DISMISSED (by a coordinator).
    status           VARCHAR(9) NOT NULL,
    decided_by       UUID REFERENCES account (id),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_reason  VARCHAR(500),
    reversal_id      UUID REFERENCES sel_transaction (id),
    CONSTRAINT sel_contest_status_check CHECK (status IN ('OPEN', 'ACCEPTED', 'UPHELD', 'DISMISSED'))
);
CREATE INDEX sel_contest_transaction ON sel_contest (transaction_id, status);
