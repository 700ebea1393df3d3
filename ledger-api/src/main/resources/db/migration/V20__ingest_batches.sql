-- Bulk ingest of double-publicity files (POST /api/v1/batches, docs/ingest.md): one row per uploaded file with its
-- progress, and the per-row errors of its report. The uploaded bytes are spooled to a file, not stored here.

CREATE TABLE ingest_batch (
    batch_id       UUID         PRIMARY KEY,
    state          VARCHAR(16)  NOT NULL CHECK (state IN ('RECEIVED', 'RUNNING', 'COMPLETED', 'FAILED')),
    format         VARCHAR(8)   NOT NULL CHECK (format IN ('CSV', 'JSONL')),
    layout         VARCHAR(16)  NOT NULL CHECK (layout IN ('PENALTY', 'LICENCE', 'JSONL')),
    encoding       VARCHAR(16)  NOT NULL,
    file_name      TEXT,
    file_bytes     BIGINT       NOT NULL,
    file_rows      BIGINT       NOT NULL,
    spool_path     TEXT         NOT NULL,
    owner          VARCHAR(64)  NOT NULL,
    request_id     VARCHAR(128) NOT NULL,
    actor          VARCHAR(128) NOT NULL,
    bytes_read     BIGINT       NOT NULL DEFAULT 0,
    rows_read      BIGINT       NOT NULL DEFAULT 0,
    rows_stored    BIGINT       NOT NULL DEFAULT 0,
    rows_rejected  BIGINT       NOT NULL DEFAULT 0,
    rows_duplicate BIGINT       NOT NULL DEFAULT 0,
    received_at    TIMESTAMPTZ  NOT NULL,
    started_at     TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    updated_at     TIMESTAMPTZ  NOT NULL,
    failure        TEXT
);

CREATE INDEX ingest_batch_unfinished ON ingest_batch (state) WHERE state IN ('RECEIVED', 'RUNNING');

CREATE TABLE ingest_batch_error (
    batch_id   UUID    NOT NULL REFERENCES ingest_batch (batch_id),
    row_number BIGINT  NOT NULL,
    seq        INTEGER NOT NULL,
    field      TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    PRIMARY KEY (batch_id, row_number, seq)
);
