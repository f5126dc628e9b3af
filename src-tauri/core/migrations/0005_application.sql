-- 0005: the acceptance stage: the chosen path, certification bodies, the
-- application's records, and the lead time the deadline arithmetic uses.

CREATE TABLE certification_body (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(name) > 0),
    meets_standard INTEGER NOT NULL DEFAULT 0 CHECK (meets_standard IN (0, 1)),
    no_dishonesty  INTEGER NOT NULL DEFAULT 0 CHECK (no_dishonesty IN (0, 1)),
    note           TEXT NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX certification_body_name ON certification_body (name) WHERE archived = 0;

CREATE TABLE application_setting (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    path                   TEXT,
    body_id                INTEGER REFERENCES certification_body (id),
    planned_application_on TEXT,
    lead_time_days         INTEGER NOT NULL DEFAULT 45 CHECK (lead_time_days BETWEEN 0 AND 365),
    updated_at             TEXT NOT NULL DEFAULT ''
);
INSERT INTO application_setting (id) VALUES (1);

CREATE TABLE application_record (
    id             INTEGER PRIMARY KEY,
    path           TEXT NOT NULL,
    body_id        INTEGER REFERENCES certification_body (id),
    submitted_on   TEXT NOT NULL,
    stage1_on      TEXT,
    stage2_on      TEXT,
    result         TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'passed', 'failed')),
    certificate_no TEXT NOT NULL DEFAULT '',
    certificate_on TEXT,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
