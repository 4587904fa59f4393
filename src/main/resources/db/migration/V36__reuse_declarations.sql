-- The quarterly declaration of a site's reuse shop to the eco-organisations that fund reuse: the report's kilos
-- of a quarter that has ended, per category, frozen once produced (one per site and quarter).
CREATE TABLE reuse_declaration (
    id            UUID PRIMARY KEY,
    site_id       UUID NOT NULL REFERENCES site (id),
    period_year     INT NOT NULL,
    period_quarter  INT NOT NULL,
    produced_by   UUID NOT NULL REFERENCES account (id),
    produced_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reuse_declaration_quarter_check CHECK (period_quarter BETWEEN 1 AND 4)
);
CREATE UNIQUE INDEX reuse_declaration_once ON reuse_declaration (site_id, period_year, period_quarter);

CREATE TABLE reuse_declaration_line (
    declaration_id  UUID NOT NULL REFERENCES reuse_declaration (id),
    category        VARCHAR(12) NOT NULL,
    in_kg           NUMERIC(12, 2) NOT NULL,
    reuse_kg        NUMERIC(12, 2) NOT NULL,
    repair_kg       NUMERIC(12, 2) NOT NULL,
    recycling_kg    NUMERIC(12, 2) NOT NULL,
    disposal_kg     NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (declaration_id, category)
);
