-- Offers and wants of a SEL's members, by category, with an optional neighbourhood area and expiry.
CREATE TABLE sel_ad (
    id           UUID PRIMARY KEY,
    sel_id       UUID NOT NULL REFERENCES sel (id),
    author_id    UUID NOT NULL REFERENCES account (id),
    kind         VARCHAR(5) NOT NULL,
    category     VARCHAR(20) NOT NULL,
    title        VARCHAR(120) NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    area         VARCHAR(80),
    expires_on   DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sel_ad_kind_check CHECK (kind IN ('OFFER', 'WANT')),
    CONSTRAINT sel_ad_category_check CHECK (category IN
        ('HOME', 'GARDEN', 'REPAIR', 'COOKING', 'LEARNING', 'CARE', 'TRANSPORT', 'COMPUTING', 'CRAFT', 'OTHER'))
);
-- The SEL's open ads, newest first.
CREATE INDEX sel_ad_open ON sel_ad (sel_id, closed_at, created_at);
