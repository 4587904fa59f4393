-- Members' monthly invoices: the monthly run also invoices each member's own share of what was delivered
-- to them, one invoice per billing entity (the general one; the one declared for personal services for
-- those), so an account may now get an invoice from each entity in a run.
ALTER TABLE billing_invoice ADD COLUMN member_id UUID REFERENCES account (id);
DROP INDEX billing_invoice_run_once;
CREATE UNIQUE INDEX billing_invoice_run_once ON billing_invoice (run_id, account_id, seller_id);
-- A member's invoices, newest first.
CREATE INDEX billing_invoice_member ON billing_invoice (member_id, issued_at);
