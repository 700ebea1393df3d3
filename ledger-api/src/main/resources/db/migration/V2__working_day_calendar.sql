-- The official working-day calendar (credit-rules.md section 7) as data.
--
-- working_day_calendar_year lists the years whose official holidays and make-up working days are complete in
-- working_day_calendar_day; every other year is treated as plain Monday-Friday weeks, and callers check coverage.
-- working_day_calendar_day lists, day by day, the statutory holidays (放假, weekend days inside a block included)
-- and the Saturdays or Sundays worked in lieu (调休上班).
--
-- To add a year, write a new migration that inserts one working_day_calendar_year row and that year's days.
-- Never edit the rows of a year already published: events record the calendar version they applied.

CREATE TABLE working_day_calendar_year (
    year   INTEGER PRIMARY KEY CHECK (year BETWEEN 1950 AND 9999),
    source TEXT    NOT NULL CHECK (btrim(source) <> '')
);

CREATE TABLE working_day_calendar_day (
    day  DATE    PRIMARY KEY,
    kind TEXT    NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    name TEXT    NOT NULL CHECK (btrim(name) <> ''),
    -- Every day belongs to a covered year.
    year INTEGER GENERATED ALWAYS AS (EXTRACT(YEAR FROM day)::INTEGER) STORED
                 NOT NULL REFERENCES working_day_calendar_year (year),
    -- A make-up working day is a Saturday (ISODOW 6) or a Sunday (ISODOW 7).
    CONSTRAINT working_day_calendar_day_make_up_on_weekend
        CHECK (kind <> 'MAKE_UP_WORKDAY' OR EXTRACT(ISODOW FROM day) IN (6, 7))
);

INSERT INTO working_day_calendar_year (year, source) VALUES
    (2025, '国办发明电〔2024〕12号'),
    (2026, 'State Council notice of 2025-11-04');

-- Holiday blocks, first and last day off, one row per day.
INSERT INTO working_day_calendar_day (day, kind, name)
SELECT d::DATE, 'HOLIDAY', block.name
FROM (VALUES
    -- 2025: 国办发明电〔2024〕12号
    (DATE '2025-01-01', DATE '2025-01-01', '元旦 New Year''s Day'),
    (DATE '2025-01-28', DATE '2025-02-04', '春节 Spring Festival'),
    (DATE '2025-04-04', DATE '2025-04-06', '清明节 Qingming Festival'),
    (DATE '2025-05-01', DATE '2025-05-05', '劳动节 Labour Day'),
    (DATE '2025-05-31', DATE '2025-06-02', '端午节 Dragon Boat Festival'),
    (DATE '2025-10-01', DATE '2025-10-08', '国庆节、中秋节 National Day and Mid-Autumn Festival'),
    -- 2026: State Council notice of 2025-11-04
    (DATE '2026-01-01', DATE '2026-01-03', '元旦 New Year''s Day'),
    (DATE '2026-02-15', DATE '2026-02-23', '春节 Spring Festival'),
    (DATE '2026-04-04', DATE '2026-04-06', '清明节 Qingming Festival'),
    (DATE '2026-05-01', DATE '2026-05-05', '劳动节 Labour Day'),
    (DATE '2026-06-19', DATE '2026-06-21', '端午节 Dragon Boat Festival'),
    (DATE '2026-09-25', DATE '2026-09-27', '中秋节 Mid-Autumn Festival'),
    (DATE '2026-10-01', DATE '2026-10-07', '国庆节 National Day')
) AS block (first_day, last_day, name)
CROSS JOIN LATERAL generate_series(block.first_day, block.last_day, INTERVAL '1 day') AS d;

-- Weekend days worked in lieu (调休上班).
INSERT INTO working_day_calendar_day (day, kind, name) VALUES
    -- 2025
    (DATE '2025-01-26', 'MAKE_UP_WORKDAY', '春节 Spring Festival'),
    (DATE '2025-02-08', 'MAKE_UP_WORKDAY', '春节 Spring Festival'),
    (DATE '2025-04-27', 'MAKE_UP_WORKDAY', '劳动节 Labour Day'),
    (DATE '2025-09-28', 'MAKE_UP_WORKDAY', '国庆节、中秋节 National Day and Mid-Autumn Festival'),
    (DATE '2025-10-11', 'MAKE_UP_WORKDAY', '国庆节、中秋节 National Day and Mid-Autumn Festival'),
    -- 2026
    (DATE '2026-01-04', 'MAKE_UP_WORKDAY', '元旦 New Year''s Day'),
    (DATE '2026-02-14', 'MAKE_UP_WORKDAY', '春节 Spring Festival'),
    (DATE '2026-02-28', 'MAKE_UP_WORKDAY', '春节 Spring Festival'),
    (DATE '2026-05-09', 'MAKE_UP_WORKDAY', '劳动节 Labour Day'),
    (DATE '2026-09-20', 'MAKE_UP_WORKDAY', '国庆节 National Day'),
    (DATE '2026-10-10', 'MAKE_UP_WORKDAY', '国庆节 National Day');
