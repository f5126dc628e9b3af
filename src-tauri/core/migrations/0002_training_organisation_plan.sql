-- 0002: attachments, training (online credits, sessions, auditor qualification),
-- the leadership group and the implementation plan.

CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    created_at  TEXT NOT NULL
);
CREATE INDEX attachment_hash ON attachment (sha256);

CREATE TABLE project_setting (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    credit_threshold REAL CHECK (credit_threshold IS NULL OR credit_threshold >= 0)
);
INSERT INTO project_setting (id) VALUES (1);

CREATE TABLE online_training (
    person_id        INTEGER PRIMARY KEY REFERENCES person (id),
    platform_account TEXT NOT NULL DEFAULT '',
    credits          REAL NOT NULL DEFAULT 0 CHECK (credits >= 0),
    reached_on       TEXT,
    certificate_id   INTEGER REFERENCES attachment (id),
    updated_at       TEXT NOT NULL
);

CREATE TABLE training_session (
    id           INTEGER PRIMARY KEY,
    held_on      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    topic        TEXT NOT NULL,
    trainer      TEXT NOT NULL DEFAULT '',
    hours        REAL NOT NULL CHECK (hours > 0),
    sign_in_id   INTEGER REFERENCES attachment (id),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (held_on, kind, topic)
);

CREATE TABLE training_attendance (
    session_id INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX training_attendance_person ON training_attendance (person_id);

CREATE TABLE auditor_qualification (
    person_id      INTEGER PRIMARY KEY REFERENCES person (id),
    certificate_no TEXT NOT NULL DEFAULT '',
    issuer         TEXT NOT NULL DEFAULT '',
    qualified_on   TEXT NOT NULL,
    certificate_id INTEGER REFERENCES attachment (id),
    updated_at     TEXT NOT NULL
);

CREATE TABLE organisation (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    established_on          TEXT,
    doc_number              TEXT NOT NULL DEFAULT '',
    lead_department_id      INTEGER REFERENCES department (id),
    coordinator_id          INTEGER REFERENCES person (id),
    mode                    TEXT NOT NULL DEFAULT '' CHECK (mode IN ('', 'consultant', 'independent')),
    consultant_name         TEXT NOT NULL DEFAULT '',
    consultant_credit_code  TEXT NOT NULL DEFAULT '',
    consultant_contact      TEXT NOT NULL DEFAULT '',
    consultant_phone        TEXT NOT NULL DEFAULT '',
    consultant_contract_on  TEXT,
    rep_appointed_on        TEXT,
    rep_appointment_doc     TEXT NOT NULL DEFAULT '',
    updated_at              TEXT NOT NULL DEFAULT ''
);
INSERT INTO organisation (id) VALUES (1);

CREATE TABLE leadership_member (
    person_id  INTEGER PRIMARY KEY REFERENCES person (id),
    position   TEXT NOT NULL CHECK (position IN ('leader', 'deputy', 'member')),
    duties     TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plan_task (
    id                  INTEGER PRIMARY KEY,
    stage               TEXT NOT NULL,
    title               TEXT NOT NULL CHECK (length(title) > 0),
    owner_person_id     INTEGER REFERENCES person (id),
    owner_department_id INTEGER REFERENCES department (id),
    planned_start       TEXT NOT NULL,
    planned_end         TEXT NOT NULL,
    actual_start        TEXT,
    actual_end          TEXT,
    status              TEXT NOT NULL DEFAULT 'not_started'
                        CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
    notes               TEXT NOT NULL DEFAULT '',
    sort_order          INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (planned_end >= planned_start),
    CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);
