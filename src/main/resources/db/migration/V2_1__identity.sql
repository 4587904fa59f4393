-- Identity: invitations, password resets, self sign-up, login throttling and personal API tokens.
-- Every secret token is stored as its SHA-256 hash (hex); the clear token only travels in the link.
-- Written once for both H2 (PostgreSQL mode) and PostgreSQL.

-- An invitation to take a role (single use, expires after 7 days).
CREATE TABLE invitation (
    id               UUID PRIMARY KEY,
    token_hash       VARCHAR(64) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    language         VARCHAR(5) NOT NULL,
    role             VARCHAR(20) NOT NULL,
    site_id          UUID REFERENCES site (id),
    organisation_id  UUID,
    invited_by       UUID REFERENCES account (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at      TIMESTAMP WITH TIME ZONE,
    account_id       UUID REFERENCES account (id),
    revoked_at       TIMESTAMP WITH TIME ZONE,
    revoked_by       UUID REFERENCES account (id),
    CONSTRAINT invitation_role_check CHECK (role IN ('MEMBER', 'CONCIERGE', 'SITE_MANAGER', 'PROVIDER', 'CLIENT_ADMIN', 'INSERTION_COACH', 'ADMIN')),
    CONSTRAINT invitation_single_use_check CHECK (accepted_at IS NULL OR revoked_at IS NULL),
    CONSTRAINT invitation_expiry_check CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX invitation_token ON invitation (token_hash);
CREATE INDEX invitation_email ON invitation (email);
CREATE INDEX invitation_site ON invitation (site_id);
CREATE INDEX invitation_created ON invitation (created_at);

-- A "forgot password" link (single use, expires after 1 hour).
CREATE TABLE password_reset (
    id          UUID PRIMARY KEY,
    account_id  UUID NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX password_reset_token ON password_reset (token_hash);
CREATE INDEX password_reset_account ON password_reset (account_id);

-- A self sign-up with an address of a domain approved by a client organisation, waiting for the
-- person to follow the verification link (single use, expires after 24 hours).
CREATE TABLE signup_request (
    id               UUID PRIMARY KEY,
    token_hash       VARCHAR(64) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    organisation_id  UUID NOT NULL REFERENCES client_organisation (id),
    language         VARCHAR(5) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE,
    account_id       UUID REFERENCES account (id)
);
CREATE UNIQUE INDEX signup_request_token ON signup_request (token_hash);
CREATE INDEX signup_request_email ON signup_request (email);

-- Failure counters per account ("account:<e-mail>") and per address ("address:<ip>"); also the
-- rate limit of e-mails sent on anonymous requests ("mail:<e-mail>").
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(300) PRIMARY KEY,
    failures      INT DEFAULT 0 NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE,
    locked_until  TIMESTAMP WITH TIME ZONE
);

-- Personal API tokens ("rls_..."), for the REST API.
CREATE TABLE api_token (
    id            UUID PRIMARY KEY,
    account_id    UUID NOT NULL REFERENCES account (id),
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    hint          VARCHAR(12) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX api_token_hash ON api_token (token_hash);
CREATE INDEX api_token_account ON api_token (account_id);

CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX role_grant_organisation ON role_grant (organisation_id);
