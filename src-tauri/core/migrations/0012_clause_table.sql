-- 0012 (issue 14): a provisional clause table corrected against the official
-- text. One row: the edition it corrects, the corrected table (JSON, every
-- clause keeping its key so records follow), the file it came from and the
-- day it was applied. Read instead of the shipped table while the project
-- uses that edition.
CREATE TABLE clause_table (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    edition    TEXT NOT NULL,
    clauses    TEXT NOT NULL CHECK (json_valid(clauses)),
    source     TEXT NOT NULL DEFAULT '',
    checked_on TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
