//! The change-log triggers, generated from the schema (`PRAGMA table_info`)
//! for every record table, so no table can be forgotten and a write made with
//! another SQLite tool is logged too. They live in the file; on open they are
//! compared with what this build would generate and recreated when the schema
//! changed (migrations drop them first, see `migrations::apply`).
//!
//! Each row written is `(at, operator, entity, record_id, action, changes,
//! parent_entity, parent_id)`; `changes` is JSON `{column: [old, new]}` with
//! only the columns that changed (`IS NOT`), long texts summarised.
//!
//! SQLite compiles the triggers into every statement that writes the table,
//! so they are kept lean: plain column references except for the long-text
//! columns.

use rusqlite::Connection;

use crate::error::Result;

/// Our triggers' names start with this (the log's own guards do not).
const PREFIX: &str = "history_";

/// Not records: the log itself, the operator row it reads, and the audit
/// packages' bookkeeping (identity, captured changesets, merges).
pub const EXCLUDED: &[&str] = &[
    "change_log",
    "change_log_operator",
    "project_identity",
    "audit_package",
    "audit_package_change",
    "audit_package_issued",
];

/// Bookkeeping columns: never reported as changes.
pub(crate) const META: &[&str] = &["created_at", "updated_at"];

/// Texts longer than this are logged as a summary (start and length).
const LONG_TEXT: usize = 200;
const SUMMARY_CHARS: usize = 40;

/// `json_object` takes a bounded number of arguments: columns per call.
const CHUNK: usize = 40;

/// Rows that belong to another record, shown in that record's history:
/// `(table, parent table, column holding the parent's key, via)`, where
/// `via = Some((table, column))` looks the key up through another row by id.
type Parent = (
    &'static str,
    &'static str,
    &'static str,
    Option<(&'static str, &'static str)>,
);

pub(crate) const PARENTS: &[Parent] = &[
    ("person_role", "person", "person_id", None),
    ("online_training", "person", "person_id", None),
    ("auditor_qualification", "person", "person_id", None),
    ("leadership_member", "person", "person_id", None),
    (
        "training_attendance",
        "training_session",
        "session_id",
        None,
    ),
    ("document_clause", "document", "document_id", None),
    ("revision", "document", "document_id", None),
    (
        "distribution",
        "document",
        "revision_id",
        Some(("revision", "document_id")),
    ),
    ("operation_record", "document", "document_id", None),
    ("diagnosis_evidence", "diagnosis", "clause", None),
    ("plan_task", "diagnosis", "clause", None),
    ("function_allocation", "department", "department_id", None),
    ("department_part", "department", "department_id", None),
    ("audit_auditor", "audit", "audit_id", None),
    ("audit_scope", "audit", "audit_id", None),
    ("audit_slot", "audit", "audit_id", None),
    (
        "audit_slot_auditor",
        "audit",
        "slot_id",
        Some(("audit_slot", "audit_id")),
    ),
    ("checklist_item", "audit", "audit_id", None),
    ("nonconformity", "audit", "audit_id", None),
    ("audit_evidence", "audit", "audit_id", None),
    ("review_attendee", "management_review", "review_id", None),
    ("review_output", "management_review", "review_id", None),
    ("application_record", "certification_body", "body_id", None),
    ("objective_measurement", "objective", "objective_id", None),
];

struct Column {
    name: String,
    numeric: bool,
    pk: i64,
}

fn ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Record tables: every table but SQLite's own and the log's.
pub(crate) fn record_tables(conn: &Connection) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let names = st
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names
        .into_iter()
        .filter(|n| !EXCLUDED.contains(&n.as_str()))
        .collect())
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<Column>> {
    let mut st = conn.prepare("SELECT name, upper(type), pk FROM pragma_table_info(?1)")?;
    let v = st
        .query_map([table], |r| {
            let ty: String = r.get(1)?;
            Ok(Column {
                name: r.get(0)?,
                numeric: ["INT", "REAL", "FLOA", "DOUB", "NUM"]
                    .iter()
                    .any(|t| ty.contains(t)),
                pk: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(v)
}

/// Columns that can hold long texts (bodies, analyses, notes): logged as a
/// summary when longer than [`LONG_TEXT`]. Others are logged as they are,
/// which keeps the triggers small (SQLite compiles them into every statement).
const LONG_COLUMNS: &[&str] = &[
    "content",
    "definition",
    "inputs_snapshot",
    "inputs_text",
    "report",
    "policy",
    "objectives",
    "responsibilities",
    "qualifications",
    "current_practice",
    "gap",
    "reason",
    "notes",
    "note",
    "summary",
    "conclusion",
    "purpose",
    "criteria",
    "question",
    "observed",
    "fact",
    "cause",
    "correction",
    "corrective_action",
    "verification",
    "resolution",
    "description",
    "duties",
    "change_note",
];

/// A column's value as logged: long texts summarised (start and length).
fn value(row: &str, c: &Column) -> String {
    let x = format!("{row}.{}", ident(&c.name));
    if c.numeric || !LONG_COLUMNS.contains(&c.name.as_str()) {
        return x;
    }
    format!(
        "iif(length({x}) > {LONG_TEXT}, substr({x}, 1, {SUMMARY_CHARS}) || '…（共 ' || length({x}) || ' 字）', {x})"
    )
}

fn key(row: &str, cols: &[Column]) -> String {
    let mut pk: Vec<&Column> = cols.iter().filter(|c| c.pk > 0).collect();
    pk.sort_by_key(|c| c.pk);
    if pk.is_empty() {
        return format!("{row}.rowid");
    }
    pk.iter()
        .map(|c| format!("COALESCE(CAST({row}.{} AS TEXT), '')", ident(&c.name)))
        .collect::<Vec<_>>()
        .join(" || '/' || ")
}

/// `(parent_entity, parent_id)` expressions, or NULLs.
fn parent(table: &str, row: &str, cols: &[Column], tables: &[String]) -> (String, String) {
    let none = ("NULL".to_string(), "NULL".to_string());
    let Some((_, parent, col, via)) = PARENTS.iter().find(|p| p.0 == table) else {
        return none;
    };
    if !cols.iter().any(|c| c.name == *col) || !tables.iter().any(|t| t == parent) {
        return none;
    }
    let direct = format!("{row}.{}", ident(col));
    let id = match via {
        None => direct,
        Some((vt, vc)) if tables.iter().any(|t| t == vt) => format!(
            "(SELECT {} FROM {} WHERE id = {direct})",
            ident(vc),
            ident(vt)
        ),
        Some(_) => return none,
    };
    (lit(parent), id)
}

/// `json_patch('{}', json_object(col, CASE WHEN cond THEN json_array(old, new) END, …))`:
/// the patch drops the NULL entries, leaving only the changed columns.
fn changes(cols: &[&Column], entry: impl Fn(&Column) -> (String, String)) -> String {
    let mut out = "'{}'".to_string();
    for chunk in cols.chunks(CHUNK) {
        let parts: Vec<String> = chunk
            .iter()
            .map(|c| {
                let (cond, pair) = entry(c);
                format!(
                    "{}, CASE WHEN {cond} THEN json_array({pair}) END",
                    lit(&c.name)
                )
            })
            .collect();
        out = format!("json_patch({out}, json_object({}))", parts.join(", "));
    }
    out
}

fn insert_row(
    table: &str,
    key: &str,
    action: &str,
    changes: &str,
    parent: &(String, String),
) -> String {
    format!(
        "INSERT INTO change_log (at, operator, entity, record_id, action, changes, parent_entity, parent_id, source) \
         VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), \
         COALESCE((SELECT name FROM change_log_operator WHERE id = 1), ''), \
         {}, {key}, {action}, {changes}, {}, {}, \
         COALESCE((SELECT source FROM change_log_operator WHERE id = 1), ''));",
        lit(table),
        parent.0,
        parent.1
    )
}

/// Every trigger this build wants, as `(name, sql)` sorted by name.
pub(crate) fn generate(conn: &Connection) -> Result<Vec<(String, String)>> {
    let tables = record_tables(conn)?;
    let mut out = Vec::new();
    for t in &tables {
        let cols = columns(conn, t)?;
        let tracked: Vec<&Column> = cols
            .iter()
            // The row id is the entry's record_id already.
            .filter(|c| !META.contains(&c.name.as_str()) && (c.name != "id" || c.pk == 0))
            .collect();
        if tracked.is_empty() {
            continue;
        }
        let present = |row: &'static str| {
            move |c: &Column| {
                let x = format!("{row}.{}", ident(&c.name));
                let cond = if c.name == "archived" {
                    "0".to_string()
                } else {
                    format!("{x} IS NOT NULL AND {x} <> ''")
                };
                (cond, value(row, c))
            }
        };

        // Create: the columns that hold something.
        let created = changes(&tracked, |c| {
            let (cond, v) = present("NEW")(c);
            (cond, format!("NULL, {v}"))
        });
        out.push((
            format!("{PREFIX}{t}_insert"),
            format!(
                "CREATE TRIGGER {} AFTER INSERT ON {} BEGIN {} END",
                ident(&format!("{PREFIX}{t}_insert")),
                ident(t),
                insert_row(
                    t,
                    &key("NEW", &cols),
                    "'create'",
                    &created,
                    &parent(t, "NEW", &cols, &tables)
                )
            ),
        ));

        // Update: only the columns that changed; nothing logged if none did.
        let differs = |c: &Column| format!("OLD.{} IS NOT NEW.{}", ident(&c.name), ident(&c.name));
        let updated = changes(&tracked, |c| {
            (
                differs(c),
                format!("{}, {}", value("OLD", c), value("NEW", c)),
            )
        });
        let action = if cols.iter().any(|c| c.name == "archived") {
            "CASE WHEN NOT OLD.archived AND NEW.archived THEN 'archive' \
             WHEN OLD.archived AND NOT NEW.archived THEN 'restore' ELSE 'update' END"
        } else {
            "'update'"
        };
        let when = tracked
            .iter()
            .map(|c| differs(c))
            .collect::<Vec<_>>()
            .join(" OR ");
        out.push((
            format!("{PREFIX}{t}_update"),
            format!(
                "CREATE TRIGGER {} AFTER UPDATE ON {} WHEN {when} BEGIN {} END",
                ident(&format!("{PREFIX}{t}_update")),
                ident(t),
                insert_row(
                    t,
                    &key("NEW", &cols),
                    action,
                    &updated,
                    &parent(t, "NEW", &cols, &tables)
                )
            ),
        ));

        // Delete: what the row held.
        let deleted = changes(&tracked, |c| {
            let (cond, v) = present("OLD")(c);
            (cond, format!("{v}, NULL"))
        });
        out.push((
            format!("{PREFIX}{t}_delete"),
            format!(
                "CREATE TRIGGER {} AFTER DELETE ON {} BEGIN {} END",
                ident(&format!("{PREFIX}{t}_delete")),
                ident(t),
                insert_row(
                    t,
                    &key("OLD", &cols),
                    "'delete'",
                    &deleted,
                    &parent(t, "OLD", &cols, &tables)
                )
            ),
        ));
    }
    out.sort();
    Ok(out)
}

fn installed(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let v = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(v)
}

/// Drops every change-log trigger (before a migration changes the tables).
pub(crate) fn drop_all(conn: &Connection) -> rusqlite::Result<()> {
    let names: Vec<String> = {
        let mut st = conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'",
        )?;
        let v = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        v
    };
    for n in names {
        conn.execute_batch(&format!("DROP TRIGGER {}", ident(&n)))?;
    }
    Ok(())
}

/// Makes the file's triggers match the schema; returns whether it had to change them.
pub(crate) fn install(conn: &mut Connection) -> Result<bool> {
    let wanted = generate(conn)?;
    if installed(conn)? == wanted {
        return Ok(false);
    }
    let tx = conn.transaction()?;
    drop_all(&tx)?;
    for (_, sql) in &wanted {
        tx.execute_batch(sql)?;
    }
    tx.commit()?;
    Ok(true)
}
