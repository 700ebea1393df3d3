-- Read models. Every table here is rebuilt from the events; none is a source of truth.

-- Which records belong to which subject. Maintained in the same transaction as the events (subscribing processor),
-- so a subject's event history is complete the moment a write is acknowledged.
CREATE TABLE subject_record_index (
    record_id    UUID PRIMARY KEY,
    subject_code TEXT NOT NULL,
    category     TEXT NOT NULL
);
CREATE INDEX subject_record_index_subject ON subject_record_index (subject_code);

-- Credit profile: one row per subject, one row per record.
CREATE TABLE credit_profile_subject (
    subject_code      TEXT PRIMARY KEY,
    kind              TEXT        NOT NULL,
    name              TEXT        NOT NULL,
    first_recorded_at TIMESTAMPTZ NOT NULL,
    last_changed_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE credit_profile_record (
    record_id           UUID PRIMARY KEY,
    subject_code        TEXT        NOT NULL REFERENCES credit_profile_subject (subject_code),
    category            TEXT        NOT NULL,
    source_department   TEXT        NOT NULL,
    source_record_id    TEXT        NOT NULL,
    decision_number     TEXT        NOT NULL,
    decision_date       DATE        NOT NULL,
    summary             TEXT        NOT NULL,
    disclosure          TEXT        NOT NULL,
    severity            TEXT,
    publicity_starts_on DATE        NOT NULL,
    earliest_end_on     DATE,
    latest_end_on       DATE,
    rule_set            TEXT        NOT NULL,
    revoked_on          DATE,
    revocation_reason   TEXT,
    corrections         INTEGER     NOT NULL DEFAULT 0,
    recorded_at         TIMESTAMPTZ NOT NULL,
    last_changed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX credit_profile_record_subject ON credit_profile_record (subject_code, category, decision_date DESC);

-- Disclosure history: the state of each record's disclosure, and one entry per change to it.
CREATE TABLE disclosure_state (
    record_id           UUID PRIMARY KEY,
    subject_code        TEXT    NOT NULL,
    disclosure          TEXT    NOT NULL,
    publicity_starts_on DATE    NOT NULL,
    earliest_end_on     DATE,
    latest_end_on       DATE,
    rule_set            TEXT    NOT NULL,
    disclosed           BOOLEAN NOT NULL
);

CREATE TABLE disclosure_history_entry (
    record_id        UUID        NOT NULL,
    entry_no         BIGINT      NOT NULL,
    change           TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    effective_on     DATE        NOT NULL,
    disclosure       TEXT        NOT NULL,
    disclosed        BOOLEAN     NOT NULL,
    publicly_visible BOOLEAN     NOT NULL,
    visible_until    DATE,
    reason           TEXT        NOT NULL,
    changed_fields   TEXT,
    PRIMARY KEY (record_id, entry_no)
);

-- Department statistics: one row per record, aggregated when asked.
CREATE TABLE department_record (
    record_id     UUID PRIMARY KEY,
    department    TEXT        NOT NULL,
    category      TEXT        NOT NULL,
    decision_date DATE        NOT NULL,
    submitted_on  DATE        NOT NULL,
    deadline      DATE        NOT NULL,
    on_time       BOOLEAN     NOT NULL,
    revoked       BOOLEAN     NOT NULL DEFAULT FALSE,
    corrections   INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX department_record_department ON department_record (department, submitted_on);
