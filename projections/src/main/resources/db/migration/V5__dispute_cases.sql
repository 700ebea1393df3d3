-- Objections (异议) and credit repair applications (信用修复): which record each case belongs to, the case queue
-- with each case's deadlines and history, and what the credit profile and the disclosure history show about them.

-- Which record a case belongs to. Written in the transaction that stores the case's first event (subscribing
-- processor dispute-case-index), so an endpoint that names a case finds its record the moment the case exists.
CREATE TABLE dispute_case_index (
    case_id   UUID PRIMARY KEY,
    record_id UUID NOT NULL,
    case_type TEXT NOT NULL
);

-- One row per case (tracking processor dispute-cases). `due_on`/`due` is the deadline in force, null when nothing is
-- due (decided, closed); `department` is the department that decides: the record's source department, or the one an
-- objection was forwarded to.
CREATE TABLE dispute_case (
    case_id            UUID PRIMARY KEY,
    case_type          TEXT        NOT NULL,
    record_id          UUID        NOT NULL,
    subject_code       TEXT        NOT NULL,
    source_department  TEXT        NOT NULL,
    department         TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    basis              TEXT        NOT NULL,
    party_name         TEXT        NOT NULL,
    party_role         TEXT        NOT NULL,
    party_contact      TEXT,
    statement          TEXT,
    earliest_repair_on DATE,
    opened_on          DATE        NOT NULL,
    due_on             DATE,
    due                TEXT,
    extension_used     BOOLEAN     NOT NULL DEFAULT FALSE,
    review_requested   BOOLEAN     NOT NULL DEFAULT FALSE,
    closed_on          DATE,
    outcome            TEXT,
    decided_on_time    BOOLEAN,
    annotation         TEXT,
    listing_id         UUID,
    opened_at          TIMESTAMPTZ NOT NULL,
    last_changed_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX dispute_case_queue ON dispute_case (case_type, status, due_on);
CREATE INDEX dispute_case_department ON dispute_case (department, due_on);

-- An objection's evidence, a repair application's materials, in the order given.
CREATE TABLE dispute_case_item (
    case_id     UUID    NOT NULL,
    item_no     INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    reference   TEXT    NOT NULL,
    description TEXT,
    PRIMARY KEY (case_id, item_no)
);

-- Every deadline decided for a case, keyed by the sequence number (in the record) of the event that set it, and how
-- it ended: by the step that was due, or superseded by an extension.
CREATE TABLE dispute_case_deadline (
    case_id          UUID    NOT NULL,
    entry_no         BIGINT  NOT NULL,
    due              TEXT    NOT NULL,
    from_date        DATE    NOT NULL,
    working_days     INTEGER NOT NULL,
    due_on           DATE    NOT NULL,
    calendar_version TEXT    NOT NULL,
    calendar_covered BOOLEAN NOT NULL,
    rule_set         TEXT,
    ended_on         DATE,
    ended_by         TEXT,
    PRIMARY KEY (case_id, entry_no)
);

-- One entry per event of a case, keyed by the event's sequence number in the record. `status` is the case's status
-- after the step; `details` holds what the step said (reason, outcome, deadline ...).
CREATE TABLE dispute_case_history (
    case_id     UUID        NOT NULL,
    entry_no    BIGINT      NOT NULL,
    action      TEXT        NOT NULL,
    occurred_on DATE        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    status      TEXT        NOT NULL,
    details     JSONB       NOT NULL,
    PRIMARY KEY (case_id, entry_no)
);

-- Credit profile: the open objections of each record (the flag 异议标注: a decided objection may be under review while
-- a newer one is open), the annotation an undecidable objection leaves, the repair status, and why disclosure ended
-- (if an event ended it).
CREATE TABLE credit_profile_objection (
    record_id    UUID NOT NULL,
    objection_id UUID NOT NULL,
    status       TEXT NOT NULL,
    since        DATE NOT NULL,
    PRIMARY KEY (record_id, objection_id)
);

ALTER TABLE credit_profile_record
    ADD COLUMN annotation              TEXT,
    ADD COLUMN annotation_objection_id UUID,
    ADD COLUMN annotation_status       TEXT,
    ADD COLUMN annotated_on            DATE,
    ADD COLUMN repair_status           TEXT,
    ADD COLUMN repair_application_id   UUID,
    ADD COLUMN repair_since            DATE,
    ADD COLUMN disclosure_ended_reason TEXT,
    ADD COLUMN disclosure_ended_on     DATE;

-- Disclosure history: the open objections that flag the record, its annotation, and for each entry the
-- machine-readable cause and the case that caused it.
ALTER TABLE disclosure_state
    ADD COLUMN open_objections    UUID[]  NOT NULL DEFAULT '{}',
    ADD COLUMN annotation         TEXT,
    ADD COLUMN annotation_case_id UUID;

ALTER TABLE disclosure_history_entry
    ADD COLUMN cause   TEXT,
    ADD COLUMN case_id UUID;
