-- The tamper-evident log (docs/audit.md, ADR 0010): one leaf per stored event, appended by the tracking processor
-- audit-log in the order it reads the events, and the signed tree heads over its prefixes. Append-only: the ledger
-- never updates or deletes a row of these tables.

CREATE TABLE audit_log_leaf (
    leaf_index       BIGINT      NOT NULL PRIMARY KEY,  -- 0, 1, 2 ... without holes
    global_index     BIGINT      NOT NULL UNIQUE,       -- domain_event_entry.global_index of the event
    event_identifier TEXT        NOT NULL UNIQUE,       -- domain_event_entry.event_identifier
    leaf_hash        BYTEA       NOT NULL CHECK (octet_length(leaf_hash) = 32),
    logged_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every key that has signed a tree head, so that heads signed before a key change stay verifiable.
CREATE TABLE audit_signing_key (
    key_id        TEXT        NOT NULL PRIMARY KEY,     -- lower-case hex SHA-256 of the X.509 public key
    algorithm     TEXT        NOT NULL,
    public_key    BYTEA       NOT NULL,                 -- X.509 SubjectPublicKeyInfo (DER)
    first_used_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE audit_tree_head (
    head_id    BIGSERIAL   NOT NULL PRIMARY KEY,
    tree_size  BIGINT      NOT NULL CHECK (tree_size >= 0),
    root_hash  BYTEA       NOT NULL CHECK (octet_length(root_hash) = 32),
    issued_at  TIMESTAMPTZ NOT NULL,                    -- whole milliseconds, as signed
    key_id     TEXT        NOT NULL REFERENCES audit_signing_key (key_id),
    signature  BYTEA       NOT NULL
);

CREATE INDEX audit_tree_head_size ON audit_tree_head (tree_size);
