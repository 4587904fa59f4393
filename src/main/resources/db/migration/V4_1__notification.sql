-- Notification: the in-app notification centre, opt-outs per category and channel, and what the
-- background e-mail sender needs on the outbox. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- When the sender claimed a message (status SENDING): a message left in SENDING for too long was
-- interrupted mid-send and is set to FAILED for an admin to resend, never resent silently.
ALTER TABLE mail_outbox ADD COLUMN sending_since TIMESTAMP WITH TIME ZONE;
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);

-- A notice in a person's notification centre; its text is a message key and arguments, rendered in
-- the reader's language. dedup_key unique: one notice per key, ever.
CREATE TABLE notice (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL,
    dedup_key    VARCHAR(300) NOT NULL,
    message_key  VARCHAR(200) NOT NULL,
    arguments    VARCHAR(8000) NOT NULL,
    link         VARCHAR(500),
    category     VARCHAR(40),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX notice_dedup ON notice (dedup_key);
CREATE INDEX notice_account_created ON notice (account_id, created_at);

-- A person's choice for one category and channel; no row means the default (enabled).
CREATE TABLE notification_preference (
    account_id  UUID NOT NULL,
    category    VARCHAR(40) NOT NULL,
    channel     VARCHAR(10) NOT NULL,
    enabled     BOOLEAN NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, category, channel),
    CONSTRAINT notification_channel_check CHECK (channel IN ('EMAIL', 'IN_APP'))
);
