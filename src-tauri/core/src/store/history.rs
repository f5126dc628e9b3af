//! Reading the change history (written by the triggers in
//! `history_triggers.rs`) and setting the operator name they record.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::history_labels::{entity_label, field_label, name_column, value_label, DISPLAY, FLAGS};
use super::history_triggers::record_tables;
use super::Project;
use crate::catalog::templates::OwnerKind;
use crate::error::{CoreError, Result};
use crate::model::labels::Labelled;
use crate::model::{
    AcceptancePathKind, AllocationRole, ApplicationResult, ChangeAction, ChangeEntry,
    ConversionRoute, DiagnosisResult, DocType, FieldChange, Grade, GroupPosition,
    ImplementationMode, Judgement, NcStatus, OutputKind, Qualification, RevisionStatus, Role,
    Secrecy, SessionKind, SlotKind, Table, TaskStatus,
};

/// Longest operator name accepted.
pub const MAX_OPERATOR_CHARS: usize = 40;

/// `(singleton table, table whose every row its history includes)`: the
/// 领导小组 page edits the organisation and its members together.
const RELATED: &[(&str, &str)] = &[("organisation", "leadership_member")];

/// Most entries `history_recent` returns.
pub const MAX_RECENT: u32 = 5000;

/// Trims and checks an operator name ('' is allowed: not set).
pub fn normalise_operator(name: &str) -> Result<String> {
    let name = name.trim();
    if name.chars().count() > MAX_OPERATOR_CHARS {
        return Err(CoreError::invalid(format!(
            "操作人姓名最多 {MAX_OPERATOR_CHARS} 个字"
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(CoreError::invalid("操作人姓名不能包含控制字符"));
    }
    Ok(name.to_string())
}

struct Raw {
    id: i64,
    at: String,
    operator: String,
    entity: String,
    record_id: String,
    action: String,
    changes: String,
    parent_entity: Option<String>,
    parent_id: Option<String>,
    source: String,
}

const COLUMNS: &str =
    "id, at, operator, entity, record_id, action, changes, parent_entity, parent_id, source";

fn raw(r: &rusqlite::Row) -> rusqlite::Result<Raw> {
    Ok(Raw {
        id: r.get(0)?,
        at: r.get(1)?,
        operator: r.get(2)?,
        entity: r.get(3)?,
        record_id: r.get(4)?,
        action: r.get(5)?,
        changes: r.get(6)?,
        parent_entity: r.get(7)?,
        parent_id: r.get(8)?,
        source: r.get(9)?,
    })
}

/// Turns stored values into text to show, naming referenced records.
struct Resolver<'c> {
    conn: &'c Connection,
    /// table → (column → referenced table)
    foreign: HashMap<String, HashMap<String, String>>,
    names: HashMap<(String, String), Option<String>>,
    /// table → its columns in schema order
    order: HashMap<String, Vec<String>>,
}

impl<'c> Resolver<'c> {
    fn new(conn: &'c Connection) -> Resolver<'c> {
        Resolver {
            conn,
            foreign: HashMap::new(),
            names: HashMap::new(),
            order: HashMap::new(),
        }
    }

    fn position(&mut self, table: &str, column: &str) -> usize {
        let cols = self.order.entry(table.to_string()).or_insert_with(|| {
            self.conn
                .prepare("SELECT name FROM pragma_table_info(?1)")
                .and_then(|mut st| {
                    st.query_map([table], |r| r.get(0))?
                        .collect::<rusqlite::Result<Vec<String>>>()
                })
                .unwrap_or_default()
        });
        cols.iter().position(|c| c == column).unwrap_or(usize::MAX)
    }

    fn references(&mut self, table: &str, column: &str) -> Option<String> {
        if !self.foreign.contains_key(table) {
            let mut map = HashMap::new();
            if let Ok(mut st) = self
                .conn
                .prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)")
            {
                if let Ok(rows) = st.query_map([table], |r| Ok((r.get(0)?, r.get(1)?))) {
                    map.extend(rows.flatten());
                }
            }
            self.foreign.insert(table.to_string(), map);
        }
        self.foreign[table].get(column).cloned()
    }

    /// The current name of a record, if the table has one and the record exists.
    fn name(&mut self, table: &str, key: &str) -> Option<String> {
        let k = (table.to_string(), key.to_string());
        if let Some(n) = self.names.get(&k) {
            return n.clone();
        }
        let n = DISPLAY
            .iter()
            .find(|d| d.0 == table)
            .and_then(|(t, expr, col)| {
                self.conn
                    .query_row(
                        &format!("SELECT {expr} FROM {t} WHERE CAST({col} AS TEXT) = ?1"),
                        [key],
                        |r| r.get::<_, Option<String>>(0),
                    )
                    .optional()
                    .ok()
                    .flatten()
                    .flatten()
            });
        self.names.insert(k, n.clone());
        n
    }

    fn value(&mut self, table: &str, column: &str, v: &serde_json::Value) -> Option<String> {
        let text = match v {
            serde_json::Value::Null => return None,
            serde_json::Value::String(s) if s.is_empty() => return None,
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if FLAGS.contains(&column) {
            return Some(if text == "0" { "否" } else { "是" }.to_string());
        }
        if let Some(target) = self.references(table, column) {
            return Some(match self.name(&target, &text) {
                Some(n) => n,
                None => format!("#{text}"),
            });
        }
        // The model's own labels first (the same words the screens show),
        // then the history's table of the codes that have none in Rust yet.
        let coded = match (table, column) {
            (_, "doc_type") => DocType::label_of(&text),
            ("person_role", "role") => Role::label_of(&text),
            ("training_session", "kind") => SessionKind::label_of(&text),
            ("nonconformity", "status") => NcStatus::label_of(&text),
            ("nonconformity", "grade") => Grade::label_of(&text),
            ("revision", "status") => RevisionStatus::label_of(&text),
            ("checklist_item", "judgement") => Judgement::label_of(&text),
            ("diagnosis", "result") => DiagnosisResult::label_of(&text),
            ("edition_conversion", "route") => ConversionRoute::label_of(&text),
            ("leadership_member", "position") => GroupPosition::label_of(&text),
            ("plan_task", "status") => TaskStatus::label_of(&text),
            ("document", "secrecy") => Secrecy::label_of(&text),
            ("review_output", "kind") => OutputKind::label_of(&text),
            ("audit_slot", "kind") => SlotKind::label_of(&text),
            ("application_setting" | "application_record", "path") => {
                AcceptancePathKind::label_of(&text)
            }
            ("application_record", "result") => ApplicationResult::label_of(&text),
            ("organisation", "mode") => ImplementationMode::label_of(&text),
            ("function_allocation", "role") => AllocationRole::label_of(&text),
            ("department_part", "part") => OwnerKind::label_of(&text),
            // A JSON list of codes: shown as their labels.
            ("enterprise", "qualifications") => {
                if let Ok(codes) = serde_json::from_str::<Vec<String>>(&text) {
                    let labels: Vec<&str> = codes
                        .iter()
                        .map(|c| Qualification::label_of(c).unwrap_or(c))
                        .collect();
                    return (!labels.is_empty()).then(|| labels.join("、"));
                }
                None
            }
            _ => None,
        }
        .or_else(|| value_label(column, &text));
        Some(coded.map(str::to_string).unwrap_or(text))
    }

    fn entry(&mut self, r: Raw) -> ChangeEntry {
        let parsed: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&r.changes).unwrap_or_default();
        let mut fields: Vec<(&String, &serde_json::Value)> = parsed.iter().collect();
        fields.sort_by_key(|(f, _)| self.position(&r.entity, f));
        let mut changes = Vec::new();
        let mut last_name = None;
        for (field, pair) in fields {
            let (old, new) = match pair.as_array().map(Vec::as_slice) {
                Some([o, n]) => (o, n),
                _ => continue,
            };
            if name_column(&r.entity) == Some(field.as_str()) {
                last_name = [new, old]
                    .into_iter()
                    .find_map(|v| v.as_str().map(str::to_string));
            }
            changes.push(FieldChange {
                field: field.clone(),
                label: field_label(&r.entity, field),
                old: self.value(&r.entity, field, old),
                new: self.value(&r.entity, field, new),
            });
        }
        let record_label = self
            .name(&r.entity, &r.record_id)
            .or(last_name)
            .unwrap_or_else(|| format!("#{}", r.record_id));
        ChangeEntry {
            id: r.id,
            at: r.at,
            operator: r.operator,
            entity_label: entity_label(&r.entity).to_string(),
            entity: r.entity,
            record_id: r.record_id,
            record_label,
            action: ChangeAction::from_code(&r.action).unwrap_or(ChangeAction::Update),
            changes,
            parent_entity: r.parent_entity,
            parent_id: r.parent_id,
            source: r.source,
        }
    }
}

impl Project {
    /// The history of one record, newest first: its own entries and those of
    /// the rows that belong to it (a person's roles, a document's revisions).
    pub fn history_for(&self, entity: &str, record_id: &str) -> Result<Vec<ChangeEntry>> {
        if !record_tables(self.conn())?.iter().any(|t| t == entity) {
            return Err(CoreError::invalid(format!("没有“{entity}”这类记录")));
        }
        // Singletons whose page also edits rows of another table.
        let related = RELATED.iter().find(|r| r.0 == entity).map_or("", |r| r.1);
        let mut st = self.conn().prepare(&format!(
            "SELECT {COLUMNS} FROM change_log WHERE entity = ?1 AND record_id = ?2
             UNION ALL
             SELECT {COLUMNS} FROM change_log WHERE parent_entity = ?1 AND parent_id = ?2
             UNION ALL
             SELECT {COLUMNS} FROM change_log WHERE entity = ?3 AND parent_entity IS NOT ?1
             ORDER BY id DESC"
        ))?;
        let rows = st
            .query_map(params![entity, record_id, related], raw)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut res = Resolver::new(self.conn());
        Ok(rows.into_iter().map(|r| res.entry(r)).collect())
    }

    /// The latest `limit` entries of the whole project, newest first.
    pub fn history_recent(&self, limit: u32) -> Result<Vec<ChangeEntry>> {
        if limit == 0 || limit > MAX_RECENT {
            return Err(CoreError::invalid(format!(
                "条数须在 1 到 {MAX_RECENT} 之间"
            )));
        }
        let mut st = self.conn().prepare(&format!(
            "SELECT {COLUMNS} FROM change_log ORDER BY id DESC LIMIT ?1"
        ))?;
        let rows = st
            .query_map([limit], raw)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut res = Resolver::new(self.conn());
        Ok(rows.into_iter().map(|r| res.entry(r)).collect())
    }

    /// Runs `f` and says which record tables it wrote, read from the change
    /// log every write appends to (the window's `project-changed` event).
    /// `f`'s own result comes back untouched, whatever the log says.
    pub fn tracking_changes<T>(
        &mut self,
        f: impl FnOnce(&mut Project) -> Result<T>,
    ) -> (Result<T>, Result<Vec<Table>>) {
        let mark = self.change_mark();
        let out = f(self);
        let changed = mark.and_then(|m| self.tables_changed_since(m));
        (out, changed)
    }

    /// Where the change log ends now.
    fn change_mark(&self) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT COALESCE(MAX(id), 0) FROM change_log", [], |r| {
                r.get(0)
            })?)
    }

    /// The record tables written since `mark`, in schema order; tables this
    /// build does not know are left out.
    fn tables_changed_since(&self, mark: i64) -> Result<Vec<Table>> {
        let mut st = self
            .conn()
            .prepare_cached("SELECT DISTINCT entity FROM change_log WHERE id > ?1")?;
        let names = st
            .query_map([mark], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut tables: Vec<Table> = names.iter().filter_map(|n| Table::from_code(n)).collect();
        tables.sort();
        Ok(tables)
    }

    /// The operator name the change log records now ('' = not set).
    pub fn operator(&self) -> Result<String> {
        Ok(self
            .conn()
            .query_row(
                "SELECT name FROM change_log_operator WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Sets the operator name recorded with every following change (written
    /// only when it differs, so opening a file does not touch it needlessly).
    pub fn set_operator(&mut self, name: &str) -> Result<()> {
        let mut name = normalise_operator(name)?;
        if let Some(p) = &self.package {
            // A work package records everything as its auditor's.
            name = p.auditor_name().to_string();
        }
        self.conn().execute(
            "UPDATE change_log_operator SET name = ?1 WHERE id = 1 AND name IS NOT ?1",
            [&name],
        )?;
        Ok(())
    }

    pub(crate) fn clear_operator(&self) -> Result<()> {
        self.conn().execute(
            "UPDATE change_log_operator SET name = '' WHERE id = 1 AND name <> ''",
            [],
        )?;
        Ok(())
    }
}

#[cfg(feature = "test-support")]
#[doc(hidden)]
impl Project {
    /// Benchmark hook: removes the change-log triggers until the next open,
    /// to measure what logging costs.
    pub fn drop_history_triggers_for_bench(&self) -> Result<()> {
        super::history_triggers::drop_all(self.conn())?;
        Ok(())
    }

    /// Test hook: the tables `f` reads, as SQLite's authorizer reports them
    /// while `f`'s statements are prepared (the statement cache is emptied
    /// first, so none is skipped). `change_log` counts as every record table:
    /// every write appends to it.
    pub fn tables_read_by<T>(
        &mut self,
        f: impl FnOnce(&mut Project) -> Result<T>,
    ) -> Result<std::collections::BTreeSet<Table>> {
        use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
        use std::sync::{Arc, Mutex};
        let seen = Arc::new(Mutex::new(std::collections::BTreeSet::new()));
        let sink = Arc::clone(&seen);
        self.conn().flush_prepared_statement_cache();
        self.conn().authorizer(Some(move |ctx: AuthContext<'_>| {
            if let AuthAction::Read { table_name, .. } = ctx.action {
                let mut seen = sink.lock().expect("reads lock");
                if table_name == "change_log" {
                    seen.extend(Table::ALL.iter().copied());
                } else if let Some(t) = Table::from_code(table_name) {
                    seen.insert(t);
                }
            }
            Authorization::Allow
        }));
        let out = f(self);
        self.conn()
            .authorizer(None::<fn(AuthContext<'_>) -> Authorization>);
        self.conn().flush_prepared_statement_cache();
        out?;
        let seen = seen.lock().expect("reads lock").clone();
        Ok(seen)
    }
}
