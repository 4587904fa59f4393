-- The SEL's coordination: a coordinator role granted at a site like the other site roles, what members see
-- of each other, requests accepted at their term when the SEL says so, and the payer reminded before.

ALTER TABLE role_grant DROP CONSTRAINT role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_check CHECK (role IN ('MEMBER', 'CONCIERGE', 'SITE_MANAGER', 'PROVIDER',
    'CLIENT_ADMIN', 'INSERTION_COACH', 'SEL_COORDINATOR', 'ADMIN'));
ALTER TABLE invitation DROP CONSTRAINT invitation_role_check;
ALTER TABLE invitation ADD CONSTRAINT invitation_role_check CHECK (role IN ('MEMBER', 'CONCIERGE', 'SITE_MANAGER',
    'PROVIDER', 'CLIENT_ADMIN', 'INSERTION_COACH', 'SEL_COORDINATOR', 'ADMIN'));
ALTER TABLE role_grant DROP CONSTRAINT role_grant_scope_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_scope_check CHECK (
    (role IN ('ADMIN', 'INSERTION_COACH') AND site_id IS NULL AND organisation_id IS NULL)
    OR (role IN ('CONCIERGE', 'SITE_MANAGER', 'SEL_COORDINATOR') AND site_id IS NOT NULL AND organisation_id IS NULL)
    OR (role = 'MEMBER' AND site_id IS NOT NULL)
    OR (role IN ('PROVIDER', 'CLIENT_ADMIN') AND site_id IS NULL AND organisation_id IS NOT NULL));

-- What members see of each other: balances, hours given and received, or the number of exchanges only.
ALTER TABLE sel ADD COLUMN participation_view VARCHAR(12) DEFAULT 'BALANCES' NOT NULL;
ALTER TABLE sel ADD CONSTRAINT sel_participation_check CHECK (participation_view IN ('BALANCES', 'HOURS', 'COUNTS'));
-- A request the payer leaves alone is paid at its term (within the limits) instead of expiring.
ALTER TABLE sel ADD COLUMN auto_accept BOOLEAN DEFAULT FALSE NOT NULL;
-- When the payer of a waiting request was reminded that its term is near.
ALTER TABLE sel_transaction ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;

-- Each account's participation, kept by the ledger with each entry so that the coordinators' view of a SEL
-- does not read its whole history: time given (received in payment) and received (paid), the number of
-- entries' transactions, the last one, and since when the balance has been below zero.
ALTER TABLE sel_account ADD COLUMN given_units BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE sel_account ADD COLUMN received_units BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE sel_account ADD COLUMN last_entry_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sel_account ADD COLUMN negative_since TIMESTAMP WITH TIME ZONE;
UPDATE sel_account a SET
    given_units = (SELECT COALESCE(SUM(e.amount), 0) FROM sel_entry e WHERE e.account_id = a.id AND e.amount > 0),
    received_units = (SELECT COALESCE(-SUM(e.amount), 0) FROM sel_entry e WHERE e.account_id = a.id AND e.amount < 0),
    last_entry_at = (SELECT MAX(e.created_at) FROM sel_entry e WHERE e.account_id = a.id);
UPDATE sel_account a SET negative_since = (
    SELECT MIN(e.created_at) FROM sel_entry e
     WHERE e.account_id = a.id
       AND e.entry_no > COALESCE((SELECT MAX(f.entry_no) FROM sel_entry f
                                   WHERE f.account_id = a.id AND f.balance_after >= 0), 0))
 WHERE a.balance < 0;
