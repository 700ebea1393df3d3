-- Subject authorisations (授权查询, docs/disclosure.md): which department may see which subject's AUTHORIZED records,
-- from when until when, and whether it was revoked. Written in the transaction that stores each authorisation event
-- (subscribing processor subject-authorisations), so a revocation hides the records the moment it is acknowledged.
CREATE TABLE subject_authorisation (
    authorisation_id   UUID PRIMARY KEY,
    subject_code       TEXT        NOT NULL,
    subject_kind       TEXT        NOT NULL,
    grantee            TEXT        NOT NULL,
    purpose            TEXT        NOT NULL,
    document_reference TEXT        NOT NULL,
    valid_from         DATE        NOT NULL,
    expires_on         DATE        NOT NULL,
    registered_at      TIMESTAMPTZ NOT NULL,
    revoked_on         DATE,
    revocation_reason  TEXT,
    revoked_at         TIMESTAMPTZ
);

CREATE INDEX subject_authorisation_by_subject ON subject_authorisation (subject_code, grantee);
