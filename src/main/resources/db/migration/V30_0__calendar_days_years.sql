-- Working-day calendar: the official holidays and make-up workdays (调休) of each year, and which years are
-- loaded. Plain weekends are not stored. "day" and "year" are keywords in H2, so they are always quoted.
CREATE TABLE cal_day (
    "day" DATE PRIMARY KEY,
    kind VARCHAR(16) NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name VARCHAR(100) NOT NULL
);

-- A year absent here is MISSING: deadlines that reach it are computed on weekends alone and flagged uncertain.
CREATE TABLE cal_year (
    "year" INT PRIMARY KEY,
    status VARCHAR(16) NOT NULL CHECK (status IN ('OFFICIAL', 'PROVISIONAL')),
    source VARCHAR(200) NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
