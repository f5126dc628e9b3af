-- 0006: the change history. Every create, update, archive and delete of a
-- record is appended here by triggers (generated from the schema by the app
-- after migrations, see store/history_triggers.rs), so writes made with other
-- SQLite tools are logged too.

CREATE TABLE change_log (
    id            INTEGER PRIMARY KEY,
    -- UTC, ISO 8601 with milliseconds.
    at            TEXT NOT NULL,
    -- The operator name from the app's settings ('' = not set).
    operator      TEXT NOT NULL DEFAULT '',
    -- The table and the record's key (composite keys joined with '/').
    entity        TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete')),
    -- JSON {column: [old, new]}; long texts are summarised.
    changes       TEXT NOT NULL DEFAULT '{}',
    -- The record this row belongs to (a person's roles, a document's revisions).
    parent_entity TEXT,
    parent_id     TEXT
);
CREATE INDEX change_log_record ON change_log (entity, record_id);
CREATE INDEX change_log_parent ON change_log (parent_entity, parent_id) WHERE parent_entity IS NOT NULL;

-- The log is append-only: compliance evidence must stay traceable.
CREATE TRIGGER change_log_append_only_update
BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, '变更记录不可修改');
END;
CREATE TRIGGER change_log_append_only_delete
BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, '变更记录不可删除');
END;

-- Who is writing: set by the app when a project is opened and when the
-- operator name changes in its settings; the triggers read it.
CREATE TABLE change_log_operator (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT ''
);
INSERT INTO change_log_operator (id) VALUES (1);
