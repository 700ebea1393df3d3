-- Listings (名单) and the joint measures they apply (processing group `listings`). Rebuilt from the listing events
-- and from the repair events of the records listings rest on; none of these tables is a source of truth.

-- One row per listing, from its notice (serious dishonesty) or its listing decision to its removal or expiry.
CREATE TABLE listing (
    listing_id                UUID PRIMARY KEY,
    kind                      TEXT        NOT NULL,
    status                    TEXT        NOT NULL CHECK (status IN ('NOTICE', 'LISTED', 'REMOVED', 'EXPIRED')),
    subject_code              TEXT        NOT NULL,
    subject_kind              TEXT        NOT NULL,
    subject_name              TEXT        NOT NULL,
    department                TEXT        NOT NULL,
    source_listing_id         TEXT        NOT NULL,
    basis_record_id           UUID,
    grounds                   TEXT        NOT NULL,
    legal_basis               TEXT        NOT NULL,
    removal_conditions        TEXT        NOT NULL,
    -- the notice step (serious dishonesty only)
    notice_document_number    TEXT,
    noticed_on                DATE,
    answer_due_on             DATE,
    earliest_decision_on      DATE,
    -- the listing decision
    decision_document_number  TEXT,
    listed_on                 DATE,
    period_months             INTEGER,
    ends_on                   DATE,
    earliest_early_removal_on DATE,
    catalogue_version         TEXT,
    -- the end
    removal_reason            TEXT,
    removal_explanation       TEXT,
    removed_on                DATE,
    objection_id              UUID,
    expired_on                DATE,
    rule_set                  TEXT        NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL,
    last_changed_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX listing_subject ON listing (subject_code);
CREATE INDEX listing_basis_record ON listing (basis_record_id) WHERE basis_record_id IS NOT NULL;
-- the expiry sweep: listed, with an end date
CREATE INDEX listing_due ON listing (ends_on) WHERE status = 'LISTED';

-- The measures a listing applied, as decided from the catalogue (in catalogue order).
CREATE TABLE listing_measure (
    listing_id   UUID    NOT NULL REFERENCES listing (listing_id),
    code         TEXT    NOT NULL,
    ordinal      INTEGER NOT NULL,
    measure_type TEXT    NOT NULL CHECK (measure_type IN ('RESTRICTION', 'INCENTIVE')),
    description  TEXT    NOT NULL,
    legal_basis  TEXT    NOT NULL,
    starts_on    DATE    NOT NULL,
    ends_on      DATE,
    PRIMARY KEY (listing_id, code)
);

-- Credit repair of records (信用修复): from relief_from the measures of listings resting on the record are lifted,
-- until relief_until (the repair was revoked: they apply again from that day) or for good (NULL).
CREATE TABLE listing_repair_relief (
    record_id      UUID    NOT NULL,
    application_id UUID    NOT NULL,
    temporary      BOOLEAN NOT NULL,
    relief_from    DATE    NOT NULL,
    relief_until   DATE,
    finalised_on   DATE,
    PRIMARY KEY (record_id, application_id)
);
