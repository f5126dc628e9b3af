-- 0009: the project's own program. No row: the catalog
-- profile named by enterprise.program_id (files older than this migration).
-- kind 'none': no government program, certification only. kind 'defined':
-- the program definition as validated JSON, carried by the file.

CREATE TABLE program (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    kind       TEXT NOT NULL CHECK (kind IN ('none', 'defined')),
    definition TEXT CHECK (definition IS NULL OR json_valid(definition)),
    updated_at TEXT NOT NULL,
    CHECK ((kind = 'defined') = (definition IS NOT NULL))
);
