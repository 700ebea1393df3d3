-- Calendar years published through the admin API (PUT /api/v1/admin/calendar/{year}): each publication is a
-- CalendarYearPublished event (in the event store and the tamper-evident log), and a subscribing handler replaces the
-- year's rows of working_day_calendar_year and working_day_calendar_day with the published ones. The two columns
-- below say which publication a year's rows come from; both are NULL for the years loaded by migration (V2).

ALTER TABLE working_day_calendar_year
    ADD COLUMN version      TEXT        CHECK (version IS NULL OR btrim(version) <> ''),
    ADD COLUMN published_at TIMESTAMPTZ;
