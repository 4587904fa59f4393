-- Community life at a site: the neighbourhood directory (members who consent, and local organisations the site
-- lists), events with a capacity and a waitlist, reports of problems in the common spaces, and announcements.

-- A member's entry in the directory of a site. Shown only while listed: consenting is setting listed, revoking
-- it is clearing listed (the text stays for the member alone, to list again later).
CREATE TABLE community_listing (
    account_id    UUID NOT NULL REFERENCES account (id),
    site_id       UUID NOT NULL REFERENCES site (id),
    listed        BOOLEAN NOT NULL,
    presentation  VARCHAR(500),
    skills        VARCHAR(300),
    consented_at  TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, site_id),
    CONSTRAINT community_listing_consent_check CHECK (NOT listed OR consented_at IS NOT NULL)
);
CREATE INDEX community_listing_site ON community_listing (site_id, listed);

-- Associations, shops and public services of the neighbourhood, listed by the site's staff.
CREATE TABLE community_organisation (
    id           UUID PRIMARY KEY,
    site_id      UUID NOT NULL REFERENCES site (id),
    name         VARCHAR(120) NOT NULL,
    category     VARCHAR(16) NOT NULL,
    description  VARCHAR(500),
    contact      VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT community_organisation_category_check
        CHECK (category IN ('ASSOCIATION', 'BUSINESS', 'PUBLIC_SERVICE', 'HEALTH', 'OTHER'))
);
CREATE INDEX community_organisation_site ON community_organisation (site_id, name);

-- What each site allows: members proposing events (staff approve them).
CREATE TABLE community_settings (
    site_id              UUID PRIMARY KEY REFERENCES site (id),
    members_propose      BOOLEAN DEFAULT FALSE NOT NULL
);

-- An event: never more registered than its capacity, held by the counter and its check under the event's row lock.
CREATE TABLE community_event (
    id            UUID PRIMARY KEY,
    site_id       UUID NOT NULL REFERENCES site (id),
    title         VARCHAR(120) NOT NULL,
    description   VARCHAR(2000),
    place         VARCHAR(200) NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity      INTEGER NOT NULL,
    status        VARCHAR(10) NOT NULL,
    registered    INTEGER DEFAULT 0 NOT NULL,
    last_seq      BIGINT DEFAULT 0 NOT NULL,
    proposed_by   UUID NOT NULL REFERENCES account (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT community_event_status_check CHECK (status IN ('PROPOSED', 'PUBLISHED', 'CANCELLED', 'DECLINED')),
    CONSTRAINT community_event_time_check CHECK (ends_at > starts_at),
    CONSTRAINT community_event_capacity_check CHECK (capacity BETWEEN 1 AND 5000),
    CONSTRAINT community_event_registered_check CHECK (registered >= 0 AND registered <= capacity)
);
CREATE INDEX community_event_site ON community_event (site_id, starts_at);

-- One registration per person and event; seq is the order of arrival, which the waitlist keeps.
CREATE TABLE community_registration (
    id             UUID PRIMARY KEY,
    event_id       UUID NOT NULL REFERENCES community_event (id),
    account_id     UUID NOT NULL REFERENCES account (id),
    status         VARCHAR(10) NOT NULL,
    seq            BIGINT NOT NULL,
    volunteer      BOOLEAN DEFAULT FALSE NOT NULL,
    attended       BOOLEAN,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT community_registration_status_check CHECK (status IN ('REGISTERED', 'WAITLISTED', 'CANCELLED'))
);
CREATE UNIQUE INDEX community_registration_once ON community_registration (event_id, account_id);
CREATE INDEX community_registration_queue ON community_registration (event_id, status, seq);
CREATE INDEX community_registration_account ON community_registration (account_id);

-- A problem in the common spaces, followed from the report to its closing.
CREATE TABLE community_report (
    id              UUID PRIMARY KEY,
    site_id         UUID NOT NULL REFERENCES site (id),
    reporter_id     UUID NOT NULL REFERENCES account (id),
    category        VARCHAR(12) NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    place           VARCHAR(200) NOT NULL,
    photo           BYTEA,
    photo_type      VARCHAR(40),
    status          VARCHAR(10) NOT NULL,
    assigned_to     UUID REFERENCES account (id),
    order_id        UUID,
    order_reference VARCHAR(40),
    merged_into     UUID REFERENCES community_report (id),
    closing_note    VARCHAR(1000),
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT community_report_category_check
        CHECK (category IN ('LIGHTING', 'GRAFFITI', 'WASTE', 'DAMAGE', 'CLEANLINESS', 'SAFETY', 'OTHER')),
    CONSTRAINT community_report_status_check CHECK (status IN ('OPEN', 'ASSIGNED', 'DISPATCHED', 'CLOSED', 'MERGED')),
    CONSTRAINT community_report_photo_check CHECK ((photo IS NULL) = (photo_type IS NULL)),
    CONSTRAINT community_report_merge_check CHECK ((status = 'MERGED') = (merged_into IS NOT NULL)),
    CONSTRAINT community_report_closed_check CHECK ((status IN ('CLOSED', 'MERGED')) = (closed_at IS NOT NULL))
);
CREATE INDEX community_report_site ON community_report (site_id, status, reported_at);
CREATE INDEX community_report_reporter ON community_report (reporter_id, reported_at);
CREATE UNIQUE INDEX community_report_order ON community_report (order_id);

-- What the site says to its people: everyone, the residents (members with no employer there), or one company's staff.
CREATE TABLE community_announcement (
    id               UUID PRIMARY KEY,
    site_id          UUID NOT NULL REFERENCES site (id),
    title            VARCHAR(120) NOT NULL,
    body             VARCHAR(2000) NOT NULL,
    audience         VARCHAR(10) NOT NULL,
    organisation_id  UUID REFERENCES client_organisation (id),
    emailed          BOOLEAN DEFAULT FALSE NOT NULL,
    published_by     UUID NOT NULL REFERENCES account (id),
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    shown_until      DATE NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT community_announcement_audience_check CHECK (audience IN ('EVERYONE', 'RESIDENTS', 'COMPANY')),
    CONSTRAINT community_announcement_company_check CHECK ((audience = 'COMPANY') = (organisation_id IS NOT NULL))
);
CREATE INDEX community_announcement_site ON community_announcement (site_id, shown_until);

-- Messages sent to listed members through the directory: counted to keep it from becoming a mailing list.
CREATE TABLE community_message (
    id            UUID PRIMARY KEY,
    site_id       UUID NOT NULL REFERENCES site (id),
    sender_id     UUID NOT NULL REFERENCES account (id),
    recipient_id  UUID NOT NULL REFERENCES account (id),
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX community_message_sender ON community_message (sender_id, sent_at);
