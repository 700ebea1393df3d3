-- The profile's record rows no longer reference their subject row by a foreign key. The projector writes a record's
-- subject row before the record row, in the same transaction, so the key never refused a row; but PostgreSQL checked
-- it row by row: a lookup of the subject's row and a share lock on it for every record (docs/adr/0031). Read models
-- are derived data, rebuilt from the events.
ALTER TABLE credit_profile_record DROP CONSTRAINT credit_profile_record_subject_code_fkey;
