-- Desk journal: cash taken at the desk against a member's tab is written in the day's journal
-- (kind CASH_IN, the amount, who paid), so that the cash expected at closing is the float plus the
-- cash taken since the opening. The payment itself is kept by the billing module.
ALTER TABLE desk_journal_entry DROP CONSTRAINT desk_journal_kind_check;
ALTER TABLE desk_journal_entry DROP CONSTRAINT desk_journal_amount_check;
ALTER TABLE desk_journal_entry ADD COLUMN payment_id UUID;
ALTER TABLE desk_journal_entry ADD CONSTRAINT desk_journal_kind_check
    CHECK (kind IN ('OPENING', 'CLOSING', 'HANDOVER', 'INCIDENT', 'CASH_IN'));
ALTER TABLE desk_journal_entry ADD CONSTRAINT desk_journal_amount_check
    CHECK ((kind IN ('OPENING', 'CLOSING') AND amount IS NOT NULL AND amount >= 0)
        OR (kind IN ('HANDOVER', 'INCIDENT') AND amount IS NULL AND text IS NOT NULL)
        OR (kind = 'CASH_IN' AND amount IS NOT NULL AND amount > 0 AND payment_id IS NOT NULL AND corrects_id IS NULL));
-- One journal line per payment, whatever retries happen.
CREATE UNIQUE INDEX desk_journal_payment ON desk_journal_entry (payment_id);
