-- 0001: the enterprise profile, departments, people and their roles.

CREATE TABLE enterprise (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    name                  TEXT NOT NULL DEFAULT '',
    credit_code           TEXT NOT NULL DEFAULT '',
    credit_code_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (credit_code_confirmed IN (0, 1)),
    legal_representative  TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL DEFAULT '',
    city                  TEXT NOT NULL DEFAULT '',
    district              TEXT NOT NULL DEFAULT '',
    industry              TEXT NOT NULL DEFAULT '',
    staff_count           INTEGER CHECK (staff_count IS NULL OR staff_count >= 0),
    contact_person        TEXT NOT NULL DEFAULT '',
    contact_phone         TEXT NOT NULL DEFAULT '',
    contact_email         TEXT NOT NULL DEFAULT '',
    qualifications        TEXT NOT NULL DEFAULT '[]',
    invention_patents     INTEGER NOT NULL DEFAULT 0 CHECK (invention_patents >= 0),
    utility_models        INTEGER NOT NULL DEFAULT 0 CHECK (utility_models >= 0),
    design_patents        INTEGER NOT NULL DEFAULT 0 CHECK (design_patents >= 0),
    trademarks            INTEGER NOT NULL DEFAULT 0 CHECK (trademarks >= 0),
    software_copyrights   INTEGER NOT NULL DEFAULT 0 CHECK (software_copyrights >= 0),
    program_id            TEXT NOT NULL DEFAULT 'shaanxi-2022',
    standard_edition      TEXT NOT NULL DEFAULT 'GB/T 29490-2013',
    updated_at            TEXT NOT NULL DEFAULT ''
);
INSERT INTO enterprise (id) VALUES (1);

CREATE TABLE department (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(name) > 0),
    code             TEXT NOT NULL DEFAULT '',
    responsibilities TEXT NOT NULL DEFAULT '',
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX department_active_name ON department (name) WHERE archived = 0;

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) > 0),
    department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
    position      TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    employee_no   TEXT NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX person_department ON person (department_id);

CREATE TABLE person_role (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
) WITHOUT ROWID;
CREATE INDEX person_role_role ON person_role (role);
