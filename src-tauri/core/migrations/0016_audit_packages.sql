-- 0016 (issue 19): internal-audit work packages (内审工作包). The IP manager
-- makes one copy of the project per auditor; the auditor records on their own
-- laptop; the results (a SQLite session changeset) are merged back.
--
-- None of these tables is a record: they are not logged (history_triggers.rs
-- leaves them out) and are not in model::Table.

-- Which project a file is (copies, backups and packages share it), so results
-- for another project are refused.
CREATE TABLE project_identity (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    project_id TEXT NOT NULL
);
INSERT INTO project_identity (id, project_id) VALUES (1, lower(hex(randomblob(16))));

-- In a package file only: what the package is (one row). A project file has none.
CREATE TABLE audit_package (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    package_id    TEXT NOT NULL,
    project_id    TEXT NOT NULL,
    audit_id      INTEGER NOT NULL,
    audit_number  TEXT NOT NULL,
    auditor_id    INTEGER NOT NULL,
    auditor_name  TEXT NOT NULL,
    -- JSON array of department ids the auditor audits in this audit.
    departments   TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    -- SHA-256 of the audit's records as the package was made.
    base_hash     TEXT NOT NULL,
    -- Nonconformities above this id were raised in the package.
    nc_base_id    INTEGER NOT NULL
);

-- In a package file: every write's changeset (SQLite session extension),
-- stored in the write's own transaction, so a crash loses nothing committed.
CREATE TABLE audit_package_change (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    changeset BLOB NOT NULL
);

-- In the project: the packages made and, once their results are merged, when.
CREATE TABLE audit_package_issued (
    package_id     TEXT PRIMARY KEY,
    audit_id       INTEGER NOT NULL,
    auditor_id     INTEGER NOT NULL,
    auditor_name   TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    base_hash      TEXT NOT NULL,
    merged_at      TEXT,
    results_sha256 TEXT
) WITHOUT ROWID;

-- The change history says where a change came from ('' = this app, here).
ALTER TABLE change_log ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log_operator ADD COLUMN source TEXT NOT NULL DEFAULT '';
