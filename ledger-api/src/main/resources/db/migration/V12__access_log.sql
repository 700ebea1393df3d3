-- The query log (查询日志, docs/audit.md, ADR 0014): one row for every successful read of a subject's non-public data.
-- Append-only: a trigger refuses every UPDATE, and every DELETE but the retention purge's, which first sets the
-- transaction's settings ledger.access_log_purge = 'on' and ledger.access_log_purge_before = its cut-off, and may
-- then delete only rows accessed before that cut-off. Each purge leaves a row in access_log_purge (append-only too).
-- A database owner can still disable the triggers; the Merkle log (V13) is what makes such an edit visible.

CREATE TABLE access_log (
    entry_id         BIGSERIAL   NOT NULL PRIMARY KEY,
    accessed_at      TIMESTAMPTZ NOT NULL,          -- the platform clock, when the read was answered
    client_id        TEXT        NOT NULL,          -- the OAuth2 client of the token
    actor            TEXT        NOT NULL,          -- the person named in X-Actor, else the client
    role             TEXT        NOT NULL,          -- the caller's role (DEPARTMENT, DISPUTE_HANDLER, AUDITOR ...)
    department       TEXT,                          -- the department the client is bound to, if any
    subject_code     TEXT        NOT NULL,          -- whose data was read
    view             TEXT        NOT NULL,          -- PROFILE, PROFILE_AS_OF, EVENT_HISTORY, RECORD ...
    resource         TEXT,                          -- the record, case or listing read, when the view has one
    purpose          TEXT,                          -- X-Access-Purpose, at most 200 characters
    authorisation_id TEXT,                          -- the subject's authorisation the read relied on, if any
    request_id       TEXT        NOT NULL
);

CREATE INDEX access_log_subject ON access_log (subject_code, entry_id DESC);
CREATE INDEX access_log_accessed_at ON access_log (accessed_at);

-- One row per retention purge: it deleted the entries from_entry_id to to_entry_id (a prefix of the log by id).
CREATE TABLE access_log_purge (
    purge_id      BIGSERIAL   NOT NULL PRIMARY KEY,
    from_entry_id BIGINT      NOT NULL,
    to_entry_id   BIGINT      NOT NULL CHECK (to_entry_id >= from_entry_id),
    deleted       BIGINT      NOT NULL CHECK (deleted >= 0),
    cutoff        TIMESTAMPTZ NOT NULL,             -- entries accessed before this were due
    purged_at     TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('ledger.access_log_purge', true) = 'on'
            AND coalesce(current_setting('ledger.access_log_purge_before', true), '') <> '' THEN
        IF OLD.accessed_at < current_setting('ledger.access_log_purge_before', true)::timestamptz THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE FUNCTION access_log_purge_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log_purge is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();

CREATE TRIGGER access_log_purge_append_only BEFORE UPDATE OR DELETE ON access_log_purge
    FOR EACH ROW EXECUTE FUNCTION access_log_purge_refuse_change();
