-- Foundation schema: operator, sites, organisations, accounts, roles, outbox, and the
-- infrastructure tables (sessions, event publication registry, scheduler locks).
-- Written once for both H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE operator (
    id           UUID PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    legal_name   VARCHAR(200) NOT NULL,
    siren        VARCHAR(9),
    street       VARCHAR(300),
    postal_code  VARCHAR(10),
    city         VARCHAR(120)
);

CREATE TABLE billing_entity (
    id           UUID PRIMARY KEY,
    operator_id  UUID NOT NULL REFERENCES operator (id),
    name         VARCHAR(200) NOT NULL,
    legal_name   VARCHAR(200) NOT NULL,
    siret        VARCHAR(14),
    vat_number   VARCHAR(20),
    street       VARCHAR(300),
    postal_code  VARCHAR(10),
    city         VARCHAR(120),
    personal_services BOOLEAN DEFAULT FALSE NOT NULL,
    active       BOOLEAN DEFAULT TRUE NOT NULL
);

CREATE TABLE site (
    id           UUID PRIMARY KEY,
    operator_id  UUID NOT NULL REFERENCES operator (id),
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    street       VARCHAR(300),
    postal_code  VARCHAR(10),
    city         VARCHAR(120),
    time_zone    VARCHAR(60) DEFAULT 'Europe/Paris' NOT NULL,
    phone        VARCHAR(30),
    email        VARCHAR(254),
    active       BOOLEAN DEFAULT TRUE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT site_kind_check CHECK (kind IN ('COMPANY', 'ECOSYSTEM', 'NEIGHBOURHOOD'))
);

CREATE TABLE site_opening_hours (
    site_id      UUID NOT NULL REFERENCES site (id),
    day_of_week  INT NOT NULL,
    opens_at     TIME NOT NULL,
    closes_at    TIME NOT NULL,
    CONSTRAINT opening_day_check CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT opening_order_check CHECK (opens_at < closes_at),
    PRIMARY KEY (site_id, day_of_week, opens_at)
);

CREATE TABLE client_organisation (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(20) NOT NULL,
    legal_name   VARCHAR(200) NOT NULL,
    siret        VARCHAR(14),
    vat_number   VARCHAR(20),
    street       VARCHAR(300),
    postal_code  VARCHAR(10),
    city         VARCHAR(120),
    active       BOOLEAN DEFAULT TRUE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT client_kind_check CHECK (kind IN ('EMPLOYER', 'SITE_OWNER', 'SOCIAL_LANDLORD', 'LOCAL_AUTHORITY', 'OTHER'))
);

CREATE TABLE client_email_domain (
    organisation_id UUID NOT NULL REFERENCES client_organisation (id),
    domain          VARCHAR(200) NOT NULL,
    PRIMARY KEY (organisation_id, domain)
);
CREATE UNIQUE INDEX client_email_domain_unique ON client_email_domain (domain);

CREATE TABLE provider_organisation (
    id                   UUID PRIMARY KEY,
    kind                 VARCHAR(20) NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    siret                VARCHAR(14),
    insertion_structure  BOOLEAN DEFAULT FALSE NOT NULL,
    esus                 BOOLEAN DEFAULT FALSE NOT NULL,
    contact_name         VARCHAR(200),
    contact_email        VARCHAR(254),
    contact_phone        VARCHAR(30),
    active               BOOLEAN DEFAULT TRUE NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT provider_kind_check CHECK (kind IN ('SSE', 'LOCAL_BUSINESS', 'PUBLIC'))
);

CREATE TABLE provider_site (
    provider_id  UUID NOT NULL REFERENCES provider_organisation (id),
    site_id      UUID NOT NULL REFERENCES site (id),
    PRIMARY KEY (provider_id, site_id)
);

CREATE TABLE contract (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES client_organisation (id),
    site_id          UUID NOT NULL REFERENCES site (id),
    plan             VARCHAR(100) NOT NULL,
    starts_on        DATE NOT NULL,
    ends_on          DATE,
    CONSTRAINT contract_dates_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE account (
    id              UUID PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    language        VARCHAR(5) DEFAULT 'fr' NOT NULL,
    phone           VARCHAR(30),
    password_hash   VARCHAR(200),
    enabled         BOOLEAN DEFAULT TRUE NOT NULL,
    email_verified  BOOLEAN DEFAULT FALSE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX account_email_unique ON account (email);

-- A role held by an account, scoped to a site (ADMIN: neither; CONCIERGE, SITE_MANAGER, MEMBER:
-- a site; PROVIDER, CLIENT_ADMIN: an organisation; MEMBER may also name their employer).
CREATE TABLE role_grant (
    id               UUID PRIMARY KEY,
    account_id       UUID NOT NULL REFERENCES account (id),
    role             VARCHAR(20) NOT NULL,
    site_id          UUID REFERENCES site (id),
    organisation_id  UUID,
    granted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT role_check CHECK (role IN ('MEMBER', 'CONCIERGE', 'SITE_MANAGER', 'PROVIDER', 'CLIENT_ADMIN', 'INSERTION_COACH', 'ADMIN'))
);
CREATE INDEX role_grant_account ON role_grant (account_id);
CREATE INDEX role_grant_site ON role_grant (site_id);

CREATE TABLE audit_log (
    id          UUID PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    UUID,
    actor_email VARCHAR(254),
    action      VARCHAR(60) NOT NULL,
    target      VARCHAR(300),
    detail      VARCHAR(2000),
    ip          VARCHAR(60)
);
CREATE INDEX audit_log_at ON audit_log (at);

-- E-mails are written here in the transaction that causes them, then sent by a background sender.
CREATE TABLE mail_outbox (
    id              UUID PRIMARY KEY,
    dedup_key       VARCHAR(300) NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    text_body       VARCHAR(20000) NOT NULL,
    html_body       VARCHAR(40000) NOT NULL,
    language        VARCHAR(5) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INT DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    CONSTRAINT mail_status_check CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD'))
);
CREATE UNIQUE INDEX mail_outbox_dedup ON mail_outbox (dedup_key);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);

CREATE TABLE demo_data (
    id        INT PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Spring Session JDBC
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Spring Modulith event publication registry (schema v2)
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(20000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);

-- ShedLock: scheduled jobs run once across several instances
CREATE TABLE shedlock (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
