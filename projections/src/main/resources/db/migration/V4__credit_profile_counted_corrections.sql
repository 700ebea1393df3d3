-- The credit profile counts each record's corrections. So that handling the same correction again (a replay without
-- a reset, a retried batch) does not count it twice, a record remembers the sequence number of the last correction
-- it counted. A record's events are numbered 0 (recorded), then one per correction, then the revocation: for the
-- rows that exist, the last counted correction is therefore number `corrections`.
ALTER TABLE credit_profile_record ADD COLUMN last_correction_sequence BIGINT NOT NULL DEFAULT 0;
UPDATE credit_profile_record SET last_correction_sequence = corrections;
