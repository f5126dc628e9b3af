-- 0004: the operation period's records, internal audits with nonconformities
-- and corrective actions, and management reviews.

CREATE TABLE operation_checkin (
    id         INTEGER PRIMARY KEY,
    month      TEXT NOT NULL UNIQUE,
    checked_on TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE operation_record (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES document (id),
    produced_on   TEXT NOT NULL,
    attachment_id INTEGER REFERENCES attachment (id),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

CREATE TABLE operation_problem (
    id            INTEGER PRIMARY KEY,
    found_on      TEXT NOT NULL,
    department_id INTEGER REFERENCES department (id),
    clause        TEXT,
    description   TEXT NOT NULL CHECK (length(description) > 0),
    resolution    TEXT NOT NULL DEFAULT '',
    resolved_on   TEXT,
    created_at    TEXT NOT NULL
);

CREATE TABLE audit (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    purpose       TEXT NOT NULL DEFAULT '',
    criteria      TEXT NOT NULL DEFAULT '',
    leader_id     INTEGER NOT NULL REFERENCES person (id),
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'completed')),
    summary       TEXT NOT NULL DEFAULT '',
    conclusion    TEXT NOT NULL DEFAULT '',
    completed_on  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE audit_auditor (
    audit_id  INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (audit_id, person_id)
) WITHOUT ROWID;

CREATE TABLE audit_scope (
    audit_id      INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id),
    clause        TEXT NOT NULL,
    PRIMARY KEY (audit_id, department_id, clause)
) WITHOUT ROWID;

-- The schedule: opening meeting, one slot per department, closing meeting.
CREATE TABLE audit_slot (
    id            INTEGER PRIMARY KEY,
    audit_id      INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('opening', 'department', 'closing')),
    department_id INTEGER REFERENCES department (id),
    on_date       TEXT NOT NULL,
    time_range    TEXT NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'department') = (department_id IS NOT NULL))
);

CREATE TABLE audit_slot_auditor (
    slot_id   INTEGER NOT NULL REFERENCES audit_slot (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (slot_id, person_id)
) WITHOUT ROWID;

CREATE TABLE checklist_item (
    id            INTEGER PRIMARY KEY,
    audit_id      INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id),
    clause        TEXT NOT NULL,
    question      TEXT NOT NULL,
    judgement     TEXT CHECK (judgement IN ('conform', 'major', 'minor', 'observation', 'not_applicable')),
    observed      TEXT NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checklist_item_audit ON checklist_item (audit_id, department_id);

CREATE TABLE nonconformity (
    id                INTEGER PRIMARY KEY,
    audit_id          INTEGER NOT NULL REFERENCES audit (id),
    number            TEXT NOT NULL UNIQUE,
    department_id     INTEGER NOT NULL REFERENCES department (id),
    clause            TEXT NOT NULL,
    fact              TEXT NOT NULL CHECK (length(fact) > 0),
    grade             TEXT NOT NULL CHECK (grade IN ('major', 'minor')),
    found_on          TEXT NOT NULL,
    auditor_id        INTEGER REFERENCES person (id),
    confirmed_by      INTEGER REFERENCES person (id),
    confirmed_on      TEXT,
    cause             TEXT NOT NULL DEFAULT '',
    correction        TEXT NOT NULL DEFAULT '',
    corrective_action TEXT NOT NULL DEFAULT '',
    owner_id          INTEGER REFERENCES person (id),
    due_on            TEXT,
    done_on           TEXT,
    verified_by       INTEGER REFERENCES person (id),
    verified_on       TEXT,
    verification      TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'cause_analysed', 'action_planned', 'done', 'verified', 'closed')),
    closed_on         TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (status <> 'closed' OR verified_on IS NOT NULL)
);

CREATE TABLE management_review (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    held_on         TEXT NOT NULL,
    chair_id        INTEGER NOT NULL REFERENCES person (id),
    plan_approved_on TEXT,
    inputs_snapshot TEXT NOT NULL DEFAULT '',
    inputs_text     TEXT NOT NULL DEFAULT '',
    report          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'completed')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE review_attendee (
    review_id INTEGER NOT NULL REFERENCES management_review (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (review_id, person_id)
) WITHOUT ROWID;

CREATE TABLE review_output (
    id          INTEGER PRIMARY KEY,
    review_id   INTEGER NOT NULL REFERENCES management_review (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('policy_objective', 'procedure', 'resource', 'other')),
    description TEXT NOT NULL CHECK (length(description) > 0),
    owner_id    INTEGER REFERENCES person (id),
    due_on      TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    done_on     TEXT,
    created_at  TEXT NOT NULL
);
