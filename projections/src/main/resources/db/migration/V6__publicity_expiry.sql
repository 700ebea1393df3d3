-- The publicity expiry of each record (tracking processor publicity-expiry). latest_end_on is set while the record is
-- disclosed with a window that ends, and null otherwise (no end, disclosure ended for any reason, revoked); it is set
-- again when disclosure resumes. The expiry sweep reads the rows whose end has come and asks each record to end its
-- disclosure; the record stores that once. department is the record's source department, for the sweep's metadata.
CREATE TABLE publicity_expiry (
    record_id     UUID PRIMARY KEY,
    department    TEXT NOT NULL,
    latest_end_on DATE
);
CREATE INDEX publicity_expiry_due ON publicity_expiry (latest_end_on, record_id) WHERE latest_end_on IS NOT NULL;
