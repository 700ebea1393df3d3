-- Catalogue versions published through the admin API (POST /api/v1/admin/measures), kept append-only: a version is
-- inserted once with all its measures and never changed or deleted (the application has no UPDATE or DELETE on these
-- tables). The current catalogue is the version published last (published_seq), no longer the latest effective_from,
-- so that two versions may take effect on the same day. published_by and request_id trace who published a version
-- (the client id of the token and the X-Request-Id of the request); they are NULL for the version of migration V8.

ALTER TABLE joint_measure_catalogue
    DROP CONSTRAINT joint_measure_catalogue_effective_from_key,
    ADD COLUMN published_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    ADD COLUMN published_by  TEXT,
    ADD COLUMN request_id    TEXT,
    ADD COLUMN published_at  TIMESTAMPTZ;
