-- A mixed exchange: a transfer of time may carry a euro part (materials, travel), which never enters the time
-- ledger: once the transfer is committed, billing charges it to the payer's account (source EXCHANGE).
CREATE TABLE sel_euro_part (
    transaction_id  UUID PRIMARY KEY REFERENCES sel_transaction (id),
    amount          NUMERIC(10, 2) NOT NULL,
    description     VARCHAR(200) NOT NULL,
    CONSTRAINT sel_euro_part_amount_check CHECK (amount > 0 AND amount <= 1000)
);

ALTER TABLE billing_entry DROP CONSTRAINT billing_entry_source_type_check;
ALTER TABLE billing_entry ADD CONSTRAINT billing_entry_source_type_check
    CHECK (source_type IN ('ORDER', 'REQUEST', 'COPIER', 'PAYMENT', 'CREDIT_NOTE', 'SUBSCRIPTION', 'BOOKING', 'EXCHANGE'));
