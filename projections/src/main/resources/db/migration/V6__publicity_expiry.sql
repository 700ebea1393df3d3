-- Records still disclosed whose publicity window has a latest end (tracking processor publicity-expiry). The expiry
-- sweep reads the rows whose end has come and asks each record to end its disclosure; the record stores that once.
-- A row goes when disclosure ends (for any reason) or the record is revoked, and comes back when disclosure resumes.
CREATE TABLE publicity_expiry (
    record_id     UUID PRIMARY KEY,
    latest_end_on DATE NOT NULL
);
CREATE INDEX publicity_expiry_due ON publicity_expiry (latest_end_on, record_id);
