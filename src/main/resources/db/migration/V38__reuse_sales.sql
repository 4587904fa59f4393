-- Sales of the reuse shop at the desk: append-only, numbered per site. Paid on the spot (cash goes into the
-- desk's till through its journal; card), or put on the buyer's ardoise (billing charges it, source SALE).
CREATE TABLE reuse_sale (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    sale_no      BIGINT NOT NULL,
    category     VARCHAR(12) NOT NULL,
    description  VARCHAR(200) NOT NULL,
    price        NUMERIC(9, 2) NOT NULL,
    payment      VARCHAR(10) NOT NULL,
    buyer_id     UUID REFERENCES account (id),
    sold_by      UUID NOT NULL REFERENCES account (id),
    sold_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reuse_sale_category_check CHECK (category IN ('TEXTILE', 'FURNITURE', 'ELECTRICAL', 'BOOKS', 'TOYS', 'TABLEWARE', 'OTHER')),
    CONSTRAINT reuse_sale_price_check CHECK (price > 0 AND price <= 5000),
    CONSTRAINT reuse_sale_payment_check CHECK (payment IN ('CASH', 'CARD', 'ARDOISE')),
    CONSTRAINT reuse_sale_buyer_check CHECK (payment <> 'ARDOISE' OR buyer_id IS NOT NULL)
);
CREATE UNIQUE INDEX reuse_sale_number ON reuse_sale (site_id, sale_no);
CREATE INDEX reuse_sale_site ON reuse_sale (site_id, sold_at);

ALTER TABLE reuse_counter ADD COLUMN last_sale BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE billing_entry DROP CONSTRAINT billing_entry_source_type_check;
ALTER TABLE billing_entry ADD CONSTRAINT billing_entry_source_type_check
    CHECK (source_type IN ('ORDER', 'REQUEST', 'COPIER', 'PAYMENT', 'CREDIT_NOTE', 'SUBSCRIPTION', 'BOOKING', 'EXCHANGE', 'SALE'));
