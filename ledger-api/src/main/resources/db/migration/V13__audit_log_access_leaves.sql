-- Query-log entries become leaves of the same Merkle log as the events (docs/audit.md, ADR 0014): a leaf is either an
-- event's (global_index and event_identifier) or an access-log entry's (access_entry_id), never both. There is no
-- foreign key to access_log: the retention purge deletes old entries, their leaves stay.

ALTER TABLE audit_log_leaf ALTER COLUMN global_index DROP NOT NULL;
ALTER TABLE audit_log_leaf ALTER COLUMN event_identifier DROP NOT NULL;
ALTER TABLE audit_log_leaf ADD COLUMN access_entry_id BIGINT UNIQUE;
ALTER TABLE audit_log_leaf ADD CONSTRAINT audit_log_leaf_one_kind CHECK (
    (global_index IS NOT NULL AND event_identifier IS NOT NULL AND access_entry_id IS NULL)
    OR (global_index IS NULL AND event_identifier IS NULL AND access_entry_id IS NOT NULL));
