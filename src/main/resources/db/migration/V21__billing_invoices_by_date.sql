-- The administrator's list of every organisation's invoices, newest first, without reading them all.
CREATE INDEX billing_invoice_issued ON billing_invoice (issued_at, sequence_no);
