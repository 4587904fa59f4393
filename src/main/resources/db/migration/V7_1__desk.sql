-- Front desk: parcels and mail, à-la-carte requests of client organisations, shared photocopier
-- counters and the desk journal. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- Per-site parcel settings; a site without a row uses the defaults (3 and 10 days).
CREATE TABLE desk_site_settings (
    site_id              UUID PRIMARY KEY REFERENCES site (id),
    reminder_after_days  INT NOT NULL,
    return_after_days    INT NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           UUID REFERENCES account (id),
    CONSTRAINT desk_settings_days_check CHECK (reminder_after_days >= 1 AND return_after_days > reminder_after_days AND return_after_days <= 90)
);

-- A parcel or a letter received at the desk for a member.
CREATE TABLE desk_parcel (
    id                   UUID PRIMARY KEY,
    site_id              UUID NOT NULL REFERENCES site (id),
    recipient_id         UUID NOT NULL REFERENCES account (id),
    -- The recipient's name when the parcel arrived, for the shelf list and the search by name.
    recipient_name       VARCHAR(200) NOT NULL,
    carrier              VARCHAR(60) NOT NULL,
    tracking_number      VARCHAR(80),
    size                 VARCHAR(10) NOT NULL,
    shelf                VARCHAR(30) NOT NULL,
    status               VARCHAR(10) NOT NULL,
    -- The one-time pickup code; cleared once the parcel has left the shelf.
    pickup_code          VARCHAR(6),
    code_attempts        INT DEFAULT 0 NOT NULL,
    received_on          DATE NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by          UUID NOT NULL REFERENCES account (id),
    notified_at          TIMESTAMP WITH TIME ZONE,
    reminded_at          TIMESTAMP WITH TIME ZONE,
    return_flagged_at    TIMESTAMP WITH TIME ZONE,
    collected_at         TIMESTAMP WITH TIME ZONE,
    collection_method    VARCHAR(10),
    collector_name       VARCHAR(120),
    handed_over_by       UUID REFERENCES account (id),
    returned_at          TIMESTAMP WITH TIME ZONE,
    return_note          VARCHAR(500),
    returned_by          UUID REFERENCES account (id),
    version              INT DEFAULT 0 NOT NULL,
    CONSTRAINT desk_parcel_status_check CHECK (status IN ('RECEIVED', 'NOTIFIED', 'COLLECTED', 'RETURNED')),
    CONSTRAINT desk_parcel_size_check CHECK (size IN ('LETTER', 'SMALL', 'MEDIUM', 'LARGE')),
    CONSTRAINT desk_parcel_method_check CHECK (collection_method IS NULL OR collection_method IN ('CODE', 'ID_CHECK')),
    CONSTRAINT desk_parcel_collected_check CHECK (status <> 'COLLECTED' OR (collected_at IS NOT NULL AND collector_name IS NOT NULL AND collection_method IS NOT NULL)),
    CONSTRAINT desk_parcel_returned_check CHECK (status <> 'RETURNED' OR returned_at IS NOT NULL),
    CONSTRAINT desk_parcel_code_check CHECK (pickup_code IS NULL OR status IN ('RECEIVED', 'NOTIFIED')),
    CONSTRAINT desk_parcel_attempts_check CHECK (code_attempts >= 0)
);
-- A pickup code is unique among the parcels waiting at a site (NULLs, i.e. parcels gone, do not clash).
CREATE UNIQUE INDEX desk_parcel_code_unique ON desk_parcel (site_id, pickup_code);
CREATE INDEX desk_parcel_site_status ON desk_parcel (site_id, status);
CREATE INDEX desk_parcel_recipient ON desk_parcel (recipient_id, status);
CREATE INDEX desk_parcel_tracking ON desk_parcel (site_id, tracking_number, received_on);

-- People a member allows to collect their parcels (shown an ID at the desk).
CREATE TABLE desk_parcel_proxy (
    id          UUID PRIMARY KEY,
    member_id   UUID NOT NULL REFERENCES account (id),
    name        VARCHAR(120) NOT NULL,
    relation    VARCHAR(120),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX desk_parcel_proxy_member ON desk_parcel_proxy (member_id);

-- An à-la-carte request filed by a client organisation for a service of a site (e.g. badge activation).
CREATE SEQUENCE desk_request_number;
CREATE TABLE desk_request (
    id               UUID PRIMARY KEY,
    reference        VARCHAR(20) NOT NULL,
    site_id          UUID NOT NULL REFERENCES site (id),
    organisation_id  UUID NOT NULL REFERENCES client_organisation (id),
    offer_id         UUID NOT NULL REFERENCES catalogue_offer (id),
    service_name     VARCHAR(160) NOT NULL,
    quantity         INT NOT NULL,
    unit_price       NUMERIC(12, 2) NOT NULL,
    vat_rate         NUMERIC(5, 2) NOT NULL,
    beneficiary      VARCHAR(120),
    location         VARCHAR(120),
    item_number      VARCHAR(60),
    details          VARCHAR(1000),
    status           VARCHAR(10) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       UUID NOT NULL REFERENCES account (id),
    created_by_name  VARCHAR(200) NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    completed_by     UUID REFERENCES account (id),
    completed_by_name VARCHAR(200),
    completion_note  VARCHAR(1000),
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    version          INT DEFAULT 0 NOT NULL,
    CONSTRAINT desk_request_status_check CHECK (status IN ('SUBMITTED', 'DONE', 'CANCELLED')),
    CONSTRAINT desk_request_quantity_check CHECK (quantity BETWEEN 1 AND 100),
    CONSTRAINT desk_request_price_check CHECK (unit_price >= 0),
    CONSTRAINT desk_request_done_check CHECK (status <> 'DONE' OR (completed_at IS NOT NULL AND completion_note IS NOT NULL))
);
CREATE UNIQUE INDEX desk_request_reference ON desk_request (reference);
CREATE INDEX desk_request_site_status ON desk_request (site_id, status);
CREATE INDEX desk_request_organisation ON desk_request (organisation_id);

-- A shared photocopier of an ecosystem site, priced per page.
CREATE TABLE desk_copier (
    id                  UUID PRIMARY KEY,
    site_id             UUID NOT NULL REFERENCES site (id),
    name                VARCHAR(120) NOT NULL,
    location            VARCHAR(120),
    black_page_price    NUMERIC(10, 4) NOT NULL,
    colour_page_price   NUMERIC(10, 4) NOT NULL,
    vat_rate            NUMERIC(5, 2) NOT NULL,
    active              BOOLEAN DEFAULT TRUE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT desk_copier_price_check CHECK (black_page_price >= 0 AND colour_page_price >= 0),
    CONSTRAINT desk_copier_vat_check CHECK (vat_rate >= 0 AND vat_rate <= 100)
);
CREATE UNIQUE INDEX desk_copier_name ON desk_copier (site_id, name);

-- One company's counters on a copier for one month; counters never go backwards.
CREATE TABLE desk_copier_reading (
    id               UUID PRIMARY KEY,
    copier_id        UUID NOT NULL REFERENCES desk_copier (id),
    site_id          UUID NOT NULL REFERENCES site (id),
    organisation_id  UUID NOT NULL REFERENCES client_organisation (id),
    period           DATE NOT NULL,
    black_start      BIGINT NOT NULL,
    black_end        BIGINT NOT NULL,
    colour_start     BIGINT NOT NULL,
    colour_end       BIGINT NOT NULL,
    black_page_price NUMERIC(10, 4) NOT NULL,
    colour_page_price NUMERIC(10, 4) NOT NULL,
    black_amount     NUMERIC(12, 2) NOT NULL,
    colour_amount    NUMERIC(12, 2) NOT NULL,
    vat_rate         NUMERIC(5, 2) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      UUID NOT NULL REFERENCES account (id),
    recorded_by_name VARCHAR(200) NOT NULL,
    CONSTRAINT desk_reading_counters_check CHECK (black_start >= 0 AND colour_start >= 0 AND black_end >= black_start AND colour_end >= colour_start)
);
CREATE UNIQUE INDEX desk_copier_reading_period ON desk_copier_reading (copier_id, organisation_id, period);

-- The desk journal: append-only; a correction is a new entry that references the one it corrects.
CREATE TABLE desk_journal_entry (
    id                UUID PRIMARY KEY,
    site_id           UUID NOT NULL REFERENCES site (id),
    business_date     DATE NOT NULL,
    kind              VARCHAR(10) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    author_id         UUID NOT NULL REFERENCES account (id),
    author_name       VARCHAR(200) NOT NULL,
    amount            NUMERIC(12, 2),
    text              VARCHAR(2000),
    corrects_id       UUID REFERENCES desk_journal_entry (id),
    correction_reason VARCHAR(500),
    CONSTRAINT desk_journal_kind_check CHECK (kind IN ('OPENING', 'CLOSING', 'HANDOVER', 'INCIDENT')),
    CONSTRAINT desk_journal_amount_check CHECK ((kind IN ('OPENING', 'CLOSING') AND amount IS NOT NULL AND amount >= 0) OR (kind IN ('HANDOVER', 'INCIDENT') AND amount IS NULL AND text IS NOT NULL)),
    CONSTRAINT desk_journal_correction_check CHECK (corrects_id IS NULL OR correction_reason IS NOT NULL)
);
-- An entry is corrected at most once (a correction of a correction references the newest one).
CREATE UNIQUE INDEX desk_journal_corrects ON desk_journal_entry (corrects_id);
CREATE INDEX desk_journal_site_date ON desk_journal_entry (site_id, business_date);
