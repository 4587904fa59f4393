-- Work integration: each concierge employed on an insertion contract, followed by a coach toward a lasting job.
-- Sensitive personal data: read only through the insertion module, by the person's coaches, the person and admins.

CREATE TABLE insertion_person (
    id              UUID PRIMARY KEY,
    account_id      UUID REFERENCES account (id),
    display_name    VARCHAR(200) NOT NULL,
    coach_id        UUID REFERENCES account (id),
    followed_since  DATE NOT NULL,
    exit_on         DATE,
    exit_outcome    VARCHAR(20),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT insertion_person_exit_check CHECK ((exit_on IS NULL) = (exit_outcome IS NULL)),
    CONSTRAINT insertion_person_outcome_check CHECK (exit_outcome IS NULL
        OR exit_outcome IN ('PERMANENT', 'FIXED_TERM_6M', 'QUALIFYING_TRAINING', 'OTHER_JOB', 'OTHER')),
    CONSTRAINT insertion_person_exit_after_check CHECK (exit_on IS NULL OR exit_on >= followed_since)
);
CREATE UNIQUE INDEX insertion_person_account ON insertion_person (account_id);
CREATE INDEX insertion_person_coach ON insertion_person (coach_id);

CREATE TABLE insertion_contract (
    id            UUID PRIMARY KEY,
    person_id     UUID NOT NULL REFERENCES insertion_person (id),
    kind          VARCHAR(8) NOT NULL,
    starts_on     DATE NOT NULL,
    ends_on       DATE NOT NULL,
    weekly_hours  NUMERIC(4, 1) NOT NULL,
    funder        VARCHAR(120),
    referrer      VARCHAR(120),
    renewal       BOOLEAN DEFAULT FALSE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    alerted_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT insertion_contract_kind_check CHECK (kind IN ('ACI', 'EI', 'ETTI', 'OTHER')),
    CONSTRAINT insertion_contract_dates_check CHECK (ends_on > starts_on),
    CONSTRAINT insertion_contract_hours_check CHECK (weekly_hours > 0 AND weekly_hours <= 35)
);
CREATE INDEX insertion_contract_person ON insertion_contract (person_id, ends_on);

-- The career project: jobs aimed at (ROME codes typed by the coach), and what stands in the way.
CREATE TABLE insertion_target_job (
    id         UUID PRIMARY KEY,
    person_id  UUID NOT NULL REFERENCES insertion_person (id),
    rome_code  VARCHAR(5),
    label      VARCHAR(120) NOT NULL
);
CREATE INDEX insertion_target_job_person ON insertion_target_job (person_id);

CREATE TABLE insertion_obstacle (
    id         UUID PRIMARY KEY,
    person_id  UUID NOT NULL REFERENCES insertion_person (id),
    kind       VARCHAR(10) NOT NULL,
    note       VARCHAR(300),
    plan       VARCHAR(300),
    lifted     BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT insertion_obstacle_kind_check CHECK (kind IN ('TRANSPORT', 'CHILDCARE', 'HEALTH', 'LANGUAGE', 'HOUSING', 'OTHER'))
);
CREATE INDEX insertion_obstacle_person ON insertion_obstacle (person_id);

-- Support meetings: planned (not yet held) or held, with what the person reads and the coach's private note.
CREATE TABLE insertion_meeting (
    id            UUID PRIMARY KEY,
    person_id     UUID NOT NULL REFERENCES insertion_person (id),
    on_date       DATE NOT NULL,
    held          BOOLEAN NOT NULL,
    summary       VARCHAR(2000),
    next_steps    VARCHAR(1000),
    private_note  VARCHAR(2000),
    created_by    UUID REFERENCES account (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX insertion_meeting_person ON insertion_meeting (person_id, on_date);

-- Trainings and job-search actions (applications, interviews, immersions such as a PMSMP), with their outcome.
CREATE TABLE insertion_action (
    id          UUID PRIMARY KEY,
    person_id   UUID NOT NULL REFERENCES insertion_person (id),
    kind        VARCHAR(12) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    on_date     DATE NOT NULL,
    outcome     VARCHAR(300),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT insertion_action_kind_check CHECK (kind IN ('TRAINING', 'APPLICATION', 'INTERVIEW', 'IMMERSION', 'OTHER'))
);
CREATE INDEX insertion_action_person ON insertion_action (person_id, on_date);

-- What the person did at the desk, one row per piece of work (its source), counted as evidence of skills.
CREATE TABLE insertion_evidence (
    id           UUID PRIMARY KEY,
    person_id    UUID NOT NULL REFERENCES insertion_person (id),
    kind         VARCHAR(24) NOT NULL,
    source_id    UUID NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX insertion_evidence_source ON insertion_evidence (kind, source_id);
CREATE INDEX insertion_evidence_person ON insertion_evidence (person_id, occurred_at);

-- A skill validated by the coach at a level, dated and signed; the latest one of a skill is its level.
CREATE TABLE insertion_validation (
    id            UUID PRIMARY KEY,
    person_id     UUID NOT NULL REFERENCES insertion_person (id),
    skill         VARCHAR(16) NOT NULL,
    level         INTEGER NOT NULL,
    validated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    validated_by  UUID REFERENCES account (id),
    signed_as     VARCHAR(200) NOT NULL,
    CONSTRAINT insertion_validation_skill_check
        CHECK (skill IN ('WELCOMING', 'CASH', 'LOGISTICS', 'DIGITAL', 'SUPPLIERS', 'WRITTEN_FRENCH')),
    CONSTRAINT insertion_validation_level_check CHECK (level BETWEEN 1 AND 4)
);
CREATE INDEX insertion_validation_person ON insertion_validation (person_id, skill, validated_at);
